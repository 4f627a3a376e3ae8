// The OPDs of Kota Kediri (region 35.71) that the demo seeds.
import type { Schemas } from '@padu/contract';

export const agencies: Schemas['Agency'][] = [
  {
    id: 'disdukcapil',
    code: 'DKC',
    name: {
      id: 'Dinas Kependudukan dan Pencatatan Sipil Kota Kediri',
      en: 'Population and Civil Registration Office of Kediri City',
    },
    shortName: 'Disdukcapil',
    kind: 'dinas',
    parentId: null,
    website: 'https://dispendukcapil.kedirikota.go.id',
    phone: '(0354) 682955',
    address: 'Jl. Mayor Bismo No. 1, Kota Kediri',
  },
  {
    id: 'dpmptsp',
    code: 'DPM',
    name: {
      id: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kediri',
      en: 'Investment and One-Stop Integrated Service Office of Kediri City',
    },
    shortName: 'DPMPTSP',
    kind: 'dinas',
    parentId: null,
    website: 'https://dpmptsp.kedirikota.go.id',
    address: 'Mal Pelayanan Publik, Jl. Basuki Rahmat, Kota Kediri',
  },
  {
    id: 'dinsos',
    code: 'DSO',
    name: { id: 'Dinas Sosial Kota Kediri', en: 'Social Affairs Office of Kediri City' },
    shortName: 'Dinsos',
    kind: 'dinas',
    parentId: null,
    website: 'https://dinsos.kedirikota.go.id',
  },
  {
    id: 'kecamatan-mojoroto',
    code: 'KMJ',
    name: { id: 'Kecamatan Mojoroto', en: 'Mojoroto District' },
    shortName: 'Kec. Mojoroto',
    kind: 'kecamatan',
    parentId: null,
  },
  {
    id: 'kelurahan-bandar-lor',
    code: 'KBL',
    name: { id: 'Kelurahan Bandar Lor', en: 'Bandar Lor Sub-district' },
    shortName: 'Kel. Bandar Lor',
    kind: 'kelurahan',
    parentId: 'kecamatan-mojoroto',
  },
];
