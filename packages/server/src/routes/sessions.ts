// "Perangkat aktif": the caller's session families, and ending one of them (listMySessions, endSession).
import type { Handlers } from '../contract/handlers.ts';
import type { GatewayContext } from '../context.ts';
import type { SessionFamilyRow } from '../auth/sessions.ts';
import { decodeCursor, pageOf } from '../http/cursor.ts';
import { notFound } from '../http/problems.ts';

type SessionHandlers = Pick<Handlers, 'listMySessions' | 'endSession'>;

function toActiveSession(row: SessionFamilyRow, currentFamilyId: string) {
  return {
    id: row.id,
    kind: row.kind,
    site: row.site,
    device: row.device,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    current: row.id === currentFamilyId,
  };
}

export function sessionHandlers(ctx: GatewayContext): SessionHandlers {
  const { sessions } = ctx;

  return {
    async listMySessions({ principal, query }) {
      const limit = query.limit ?? 20;
      const after = decodeCursor(query.cursor, ['string', 'string']) as [string, string] | null;
      const rows = await sessions.listLive(principal.userId, limit, after);
      const body = pageOf(rows, limit, (row) => [row.last_used_at, row.id], (row) => toActiveSession(row, principal.familyId));
      return { status: 200, body };
    },

    async endSession({ principal, params }) {
      // Another account's session is as unknown as one that never existed.
      const family = await sessions.liveFamily(params.sessionId, principal.userId);
      if (!family) throw notFound();
      // Ending the current one is a logout; its cookie (if any) is refused and cleared at the next refresh.
      await sessions.revokeFamilies([family.id]);
      return { status: 200, body: toActiveSession(family, principal.familyId) };
    },
  };
}
