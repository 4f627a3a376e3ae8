// Fails at once, with the fix, when Padu is run on a Node.js older than it supports.
// Written in syntax that old Node versions still parse, so the message is what they print.
const required = 24;
const major = Number(process.versions.node.split('.')[0]);
if (major < required) {
  console.error(
    `Padu needs Node.js ${required} or newer; this is Node.js ${process.versions.node}.\n` +
      `Install it with:  npm i -g node@${required} --prefix /usr/local && hash -r\n` +
      `(or: nvm install ${required} && nvm use ${required}; .nvmrc says ${required})`,
  );
  process.exit(1);
}
