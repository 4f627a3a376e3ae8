// GENERATED FILE: do not edit. The seeded services, as data for code that cannot read files.
// Source: packages/server/seed/services/*.yaml. Regenerate with `npm run generate`.
import type { Schemas } from '@padu/contract';

export const services: Omit<Schemas['Service'], 'version'>[] = [
  {
    "id": "akta-kelahiran",
    "agencyId": "disdukcapil",
    "category": "kependudukan",
    "name": {
      "id": "Akta Kelahiran",
      "en": "Birth certificate"
    },
    "summary": {
      "id": "Pencatatan kelahiran dan penerbitan kutipan akta kelahiran.",
      "en": "Registration of a birth and issue of the birth certificate."
    },
    "requiresVerifiedAccount": true,
    "standard": {
      "requirements": [
        {
          "id": "Surat keterangan lahir dari rumah sakit, bidan atau puskesmas (atau SPTJM kebenaran data kelahiran)",
          "en": "Birth letter from the hospital, midwife or puskesmas (or a statement of responsibility, SPTJM)"
        },
        {
          "id": "Buku nikah atau akta perkawinan orang tua (atau SPTJM kebenaran pasangan suami istri)",
          "en": "Parents' marriage book or certificate (or an SPTJM)"
        },
        {
          "id": "Kartu Keluarga",
          "en": "Family card"
        },
        {
          "id": "KTP-el kedua orang tua",
          "en": "Both parents' e-ID cards"
        },
        {
          "id": "KTP-el 2 orang saksi",
          "en": "E-ID cards of 2 witnesses"
        }
      ],
      "procedure": [
        {
          "id": "Masuk dengan akun terverifikasi, isi formulir dan unggah dokumen persyaratan.",
          "en": "Log in with a verified account, fill in the form and upload the documents."
        },
        {
          "id": "Petugas Disdukcapil memverifikasi berkas. Bila ada kekurangan, permohonan dikembalikan dengan catatan.",
          "en": "A Disdukcapil officer checks the file and returns it with a note if something is missing."
        },
        {
          "id": "Akta ditandatangani secara elektronik oleh Kepala Dinas.",
          "en": "The head of the office signs the certificate electronically."
        },
        {
          "id": "Kutipan akta kelahiran elektronik dapat diunduh dan dicetak sendiri.",
          "en": "The electronic certificate can be downloaded and printed."
        }
      ],
      "timeFrame": {
        "value": 3,
        "unit": "working_days"
      },
      "fee": {
        "amount": 0,
        "note": {
          "id": "Gratis, tidak dipungut biaya.",
          "en": "Free of charge."
        }
      },
      "product": {
        "id": "Kutipan Akta Kelahiran (elektronik)",
        "en": "Birth certificate (electronic)"
      },
      "complaints": [
        {
          "name": "SURGA",
          "url": "https://surga.kedirikota.go.id",
          "sms": "1708"
        },
        {
          "name": "SP4N-LAPOR!",
          "url": "https://www.lapor.go.id"
        }
      ],
      "legalBasis": [
        {
          "id": "UU 23/2006 jo. UU 24/2013 tentang Administrasi Kependudukan",
          "en": "Law 23/2006 as amended by Law 24/2013 on Population Administration"
        },
        {
          "id": "Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil"
        },
        {
          "id": "Permendagri 108/2019 tentang Peraturan Pelaksanaan Perpres 96/2018"
        }
      ]
    },
    "dataProtection": {
      "purpose": {
        "id": "Mencatat kelahiran anak Anda dan menerbitkan akta kelahirannya.",
        "en": "To register your child's birth and issue the certificate."
      },
      "lawfulBasis": {
        "id": "Pelaksanaan tugas pelayanan publik oleh pemerintah daerah (UU 27/2022 tentang Pelindungan Data Pribadi, Pasal 20 ayat 2 huruf e).",
        "en": "Performance of a public-service task by the city government (Law 27/2022 on Personal Data Protection, Art. 20(2)(e))."
      },
      "retention": {
        "id": "Disimpan permanen sebagai data kependudukan; dokumen unggahan dihapus 5 tahun setelah akta terbit.",
        "en": "Kept permanently as civil registration data; uploaded documents are deleted 5 years after issue."
      },
      "controller": {
        "id": "Dinas Kependudukan dan Pencatatan Sipil Kota Kediri",
        "en": "Population and Civil Registration Office of Kediri City"
      },
      "sensitiveData": [
        {
          "id": "NIK dan Nomor Kartu Keluarga",
          "en": "NIK and family card number"
        },
        {
          "id": "Data anak",
          "en": "A child's data"
        }
      ]
    },
    "form": {
      "steps": [
        {
          "id": "anak",
          "title": {
            "id": "Data anak",
            "en": "The child"
          },
          "fields": [
            {
              "name": "nama_anak",
              "type": "text",
              "label": {
                "id": "Nama lengkap anak",
                "en": "Child's full name"
              },
              "required": true,
              "maxLength": 100,
              "autocomplete": "off"
            },
            {
              "name": "jenis_kelamin",
              "type": "radio",
              "label": {
                "id": "Jenis kelamin",
                "en": "Sex"
              },
              "required": true,
              "options": [
                {
                  "value": "laki-laki",
                  "label": {
                    "id": "Laki-laki",
                    "en": "Male"
                  }
                },
                {
                  "value": "perempuan",
                  "label": {
                    "id": "Perempuan",
                    "en": "Female"
                  }
                }
              ]
            },
            {
              "name": "tanggal_lahir",
              "type": "date",
              "label": {
                "id": "Tanggal lahir",
                "en": "Date of birth"
              },
              "required": true,
              "maxDate": "today"
            },
            {
              "name": "tempat_lahir",
              "type": "text",
              "label": {
                "id": "Tempat lahir",
                "en": "Place of birth"
              },
              "required": true,
              "maxLength": 100
            },
            {
              "name": "jam_lahir",
              "type": "text",
              "label": {
                "id": "Jam lahir",
                "en": "Time of birth"
              },
              "hint": {
                "id": "Format 24 jam, contoh 14:05.",
                "en": "24-hour clock, e.g. 14:05."
              },
              "pattern": "([01][0-9]|2[0-3]):[0-5][0-9]",
              "patternMessage": {
                "id": "Tulis jam lahir seperti 14:05.",
                "en": "Write the time like 14:05."
              },
              "maxLength": 5
            },
            {
              "name": "berat_lahir",
              "type": "number",
              "label": {
                "id": "Berat lahir (kg)",
                "en": "Birth weight (kg)"
              },
              "min": 0.3,
              "max": 7
            },
            {
              "name": "anak_ke",
              "type": "number",
              "label": {
                "id": "Anak ke-",
                "en": "Birth order"
              },
              "required": true,
              "integer": true,
              "min": 1,
              "max": 20
            }
          ]
        },
        {
          "id": "orang_tua",
          "title": {
            "id": "Data orang tua",
            "en": "The parents"
          },
          "fields": [
            {
              "name": "no_kk",
              "type": "kk",
              "label": {
                "id": "Nomor Kartu Keluarga",
                "en": "Family card number"
              },
              "required": true
            },
            {
              "name": "nik_ibu",
              "type": "nik",
              "label": {
                "id": "NIK ibu",
                "en": "Mother's NIK"
              },
              "required": true
            },
            {
              "name": "nama_ibu",
              "type": "text",
              "label": {
                "id": "Nama ibu",
                "en": "Mother's name"
              },
              "required": true,
              "maxLength": 100
            },
            {
              "name": "nik_ayah",
              "type": "nik",
              "label": {
                "id": "NIK ayah",
                "en": "Father's NIK"
              }
            },
            {
              "name": "nama_ayah",
              "type": "text",
              "label": {
                "id": "Nama ayah",
                "en": "Father's name"
              },
              "maxLength": 100
            },
            {
              "name": "status_perkawinan",
              "type": "select",
              "label": {
                "id": "Status perkawinan orang tua",
                "en": "Parents' marriage"
              },
              "required": true,
              "options": [
                {
                  "value": "tercatat",
                  "label": {
                    "id": "Tercatat (ada buku nikah/akta perkawinan)",
                    "en": "Registered (marriage book or certificate)"
                  }
                },
                {
                  "value": "sptjm",
                  "label": {
                    "id": "Belum tercatat (dengan SPTJM)",
                    "en": "Not registered (with an SPTJM)"
                  }
                }
              ]
            }
          ]
        },
        {
          "id": "saksi",
          "title": {
            "id": "Saksi kelahiran",
            "en": "Witnesses"
          },
          "description": {
            "id": "Dua orang saksi yang mengetahui kelahiran.",
            "en": "Two people who know about the birth."
          },
          "fields": [
            {
              "name": "nik_saksi_1",
              "type": "nik",
              "label": {
                "id": "NIK saksi pertama",
                "en": "First witness's NIK"
              },
              "required": true
            },
            {
              "name": "nama_saksi_1",
              "type": "text",
              "label": {
                "id": "Nama saksi pertama",
                "en": "First witness's name"
              },
              "required": true,
              "maxLength": 100
            },
            {
              "name": "nik_saksi_2",
              "type": "nik",
              "label": {
                "id": "NIK saksi kedua",
                "en": "Second witness's NIK"
              },
              "required": true
            },
            {
              "name": "nama_saksi_2",
              "type": "text",
              "label": {
                "id": "Nama saksi kedua",
                "en": "Second witness's name"
              },
              "required": true,
              "maxLength": 100
            }
          ]
        },
        {
          "id": "dokumen",
          "title": {
            "id": "Dokumen persyaratan",
            "en": "Documents"
          },
          "fields": [
            {
              "name": "surat_keterangan_lahir",
              "type": "file",
              "label": {
                "id": "Surat keterangan lahir",
                "en": "Birth letter"
              },
              "required": true,
              "accept": [
                "application/pdf",
                "image/jpeg",
                "image/png"
              ],
              "maxBytes": 2097152
            },
            {
              "name": "buku_nikah",
              "type": "file",
              "label": {
                "id": "Buku nikah atau akta perkawinan (atau SPTJM)",
                "en": "Marriage book or certificate (or SPTJM)"
              },
              "required": true,
              "accept": [
                "application/pdf",
                "image/jpeg",
                "image/png"
              ],
              "maxBytes": 2097152
            },
            {
              "name": "ktp_saksi",
              "type": "file",
              "label": {
                "id": "KTP-el kedua saksi (satu berkas)",
                "en": "Both witnesses' e-ID cards (one file)"
              },
              "required": false,
              "accept": [
                "application/pdf",
                "image/jpeg",
                "image/png"
              ],
              "maxBytes": 4194304
            },
            {
              "name": "pernyataan_benar",
              "type": "checkbox",
              "label": {
                "id": "Saya menyatakan bahwa data dan dokumen yang saya sampaikan benar dan dapat dipertanggungjawabkan.",
                "en": "I declare that the data and documents I submit are true and correct."
              },
              "required": true
            }
          ]
        }
      ]
    }
  },
  {
    "id": "akta-kematian",
    "agencyId": "disdukcapil",
    "category": "kependudukan",
    "name": {
      "id": "Akta Kematian",
      "en": "Death certificate"
    },
    "summary": {
      "id": "Pencatatan kematian dan penerbitan kutipan akta kematian. Laporkan paling lambat 30 hari setelah kematian.",
      "en": "Registration of a death and issue of the death certificate. Report within 30 days."
    },
    "requiresVerifiedAccount": false,
    "standard": {
      "requirements": [
        {
          "id": "Surat keterangan kematian dari rumah sakit, dokter, atau kelurahan",
          "en": "Death letter from the hospital, a doctor or the kelurahan"
        },
        {
          "id": "KTP-el dan Kartu Keluarga almarhum/almarhumah",
          "en": "E-ID card and family card of the deceased"
        },
        {
          "id": "KTP-el pelapor dan 2 orang saksi",
          "en": "E-ID cards of the reporter and 2 witnesses"
        }
      ],
      "procedure": [
        {
          "id": "Isi formulir dan unggah surat keterangan kematian.",
          "en": "Fill in the form and upload the death letter."
        },
        {
          "id": "Petugas memverifikasi berkas dan memperbarui Kartu Keluarga.",
          "en": "An officer checks the file and updates the family card."
        },
        {
          "id": "Akta kematian elektronik dapat diunduh.",
          "en": "The electronic certificate can be downloaded."
        }
      ],
      "timeFrame": {
        "value": 5,
        "unit": "working_days"
      },
      "fee": {
        "amount": 0,
        "note": {
          "id": "Gratis, tidak dipungut biaya.",
          "en": "Free of charge."
        }
      },
      "product": {
        "id": "Kutipan Akta Kematian dan Kartu Keluarga baru",
        "en": "Death certificate and an updated family card"
      },
      "complaints": [
        {
          "name": "SURGA",
          "url": "https://surga.kedirikota.go.id",
          "sms": "1708"
        },
        {
          "name": "SP4N-LAPOR!",
          "url": "https://www.lapor.go.id"
        }
      ],
      "legalBasis": [
        {
          "id": "UU 23/2006 jo. UU 24/2013 tentang Administrasi Kependudukan",
          "en": "Law 23/2006 as amended by Law 24/2013 on Population Administration"
        },
        {
          "id": "Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil"
        },
        {
          "id": "Permendagri 108/2019 tentang Peraturan Pelaksanaan Perpres 96/2018"
        }
      ]
    },
    "dataProtection": {
      "purpose": {
        "id": "Mencatat kematian dan memperbarui data keluarga.",
        "en": "To register the death and update the family records."
      },
      "lawfulBasis": {
        "id": "Pelaksanaan tugas pelayanan publik oleh pemerintah daerah (UU 27/2022 tentang Pelindungan Data Pribadi, Pasal 20 ayat 2 huruf e).",
        "en": "Performance of a public-service task by the city government (Law 27/2022 on Personal Data Protection, Art. 20(2)(e))."
      },
      "retention": {
        "id": "Disimpan permanen sebagai data kependudukan.",
        "en": "Kept permanently as civil registration data."
      },
      "controller": {
        "id": "Dinas Kependudukan dan Pencatatan Sipil Kota Kediri",
        "en": "Population and Civil Registration Office of Kediri City"
      },
      "sensitiveData": [
        {
          "id": "NIK dan Nomor Kartu Keluarga",
          "en": "NIK and family card number"
        },
        {
          "id": "Keterangan sebab kematian",
          "en": "Cause of death"
        }
      ]
    },
    "form": {
      "steps": [
        {
          "id": "almarhum",
          "title": {
            "id": "Data yang meninggal",
            "en": "The deceased"
          },
          "fields": [
            {
              "name": "nik_almarhum",
              "type": "nik",
              "label": {
                "id": "NIK almarhum/almarhumah",
                "en": "NIK of the deceased"
              },
              "required": true
            },
            {
              "name": "nama_almarhum",
              "type": "text",
              "label": {
                "id": "Nama lengkap",
                "en": "Full name"
              },
              "required": true,
              "maxLength": 100
            },
            {
              "name": "tanggal_meninggal",
              "type": "date",
              "label": {
                "id": "Tanggal meninggal",
                "en": "Date of death"
              },
              "required": true,
              "maxDate": "today"
            },
            {
              "name": "tempat_meninggal",
              "type": "text",
              "label": {
                "id": "Tempat meninggal",
                "en": "Place of death"
              },
              "required": true,
              "maxLength": 150
            },
            {
              "name": "sebab_kematian",
              "type": "select",
              "label": {
                "id": "Sebab kematian",
                "en": "Cause of death"
              },
              "required": true,
              "options": [
                {
                  "value": "sakit",
                  "label": {
                    "id": "Sakit biasa/tua",
                    "en": "Illness or old age"
                  }
                },
                {
                  "value": "wabah",
                  "label": {
                    "id": "Wabah penyakit",
                    "en": "Epidemic"
                  }
                },
                {
                  "value": "kecelakaan",
                  "label": {
                    "id": "Kecelakaan",
                    "en": "Accident"
                  }
                },
                {
                  "value": "lainnya",
                  "label": {
                    "id": "Lainnya",
                    "en": "Other"
                  }
                }
              ]
            }
          ]
        },
        {
          "id": "pelapor",
          "title": {
            "id": "Pelapor dan dokumen",
            "en": "Reporter and documents"
          },
          "fields": [
            {
              "name": "hubungan_pelapor",
              "type": "radio",
              "label": {
                "id": "Hubungan Anda dengan almarhum/almarhumah",
                "en": "Your relation to the deceased"
              },
              "required": true,
              "options": [
                {
                  "value": "keluarga",
                  "label": {
                    "id": "Keluarga",
                    "en": "Family"
                  }
                },
                {
                  "value": "tetangga",
                  "label": {
                    "id": "Tetangga",
                    "en": "Neighbour"
                  }
                },
                {
                  "value": "lainnya",
                  "label": {
                    "id": "Lainnya",
                    "en": "Other"
                  }
                }
              ]
            },
            {
              "name": "telepon",
              "type": "tel",
              "label": {
                "id": "Nomor WhatsApp",
                "en": "WhatsApp number"
              },
              "required": true,
              "autocomplete": "tel"
            },
            {
              "name": "surat_keterangan_kematian",
              "type": "file",
              "label": {
                "id": "Surat keterangan kematian",
                "en": "Death letter"
              },
              "required": true,
              "accept": [
                "application/pdf",
                "image/jpeg",
                "image/png"
              ],
              "maxBytes": 2097152
            },
            {
              "name": "kk_almarhum",
              "type": "file",
              "label": {
                "id": "Kartu Keluarga almarhum/almarhumah",
                "en": "Family card of the deceased"
              },
              "required": true,
              "accept": [
                "application/pdf",
                "image/jpeg",
                "image/png"
              ],
              "maxBytes": 2097152
            }
          ]
        }
      ]
    }
  },
  {
    "id": "izin-praktik-nakes",
    "agencyId": "dpmptsp",
    "category": "kesehatan",
    "name": {
      "id": "Surat Izin Praktik Tenaga Kesehatan (SIP)",
      "en": "Practice licence for health workers (SIP)"
    },
    "summary": {
      "id": "Izin praktik bagi dokter, dokter gigi, perawat, bidan dan tenaga kesehatan lain di Kota Kediri.",
      "en": "A practice licence for doctors, dentists, nurses, midwives and other health workers in Kediri City."
    },
    "requiresVerifiedAccount": false,
    "standard": {
      "requirements": [
        {
          "id": "Surat permohonan",
          "en": "Application letter"
        },
        {
          "id": "KTP-el",
          "en": "E-ID card"
        },
        {
          "id": "Pas foto berwarna",
          "en": "Colour photograph"
        },
        {
          "id": "Surat Tanda Registrasi (STR) yang masih berlaku",
          "en": "A valid registration certificate (STR)"
        },
        {
          "id": "Rekomendasi dari organisasi profesi",
          "en": "Recommendation from the professional body"
        }
      ],
      "procedure": [
        {
          "id": "Isi formulir dan unggah dokumen.",
          "en": "Fill in the form and upload the documents."
        },
        {
          "id": "Petugas memverifikasi dokumen dan meminta rekomendasi Dinas Kesehatan.",
          "en": "An officer checks the documents and asks the health office for a recommendation."
        },
        {
          "id": "SIP diterbitkan secara elektronik.",
          "en": "The SIP is issued electronically."
        }
      ],
      "timeFrame": {
        "value": 7,
        "unit": "days"
      },
      "fee": {
        "amount": 0,
        "note": {
          "id": "Gratis, tidak dipungut biaya.",
          "en": "Free of charge."
        }
      },
      "product": {
        "id": "Surat Izin Praktik (SIP)",
        "en": "Practice licence (SIP)"
      },
      "complaints": [
        {
          "name": "SURGA",
          "url": "https://surga.kedirikota.go.id",
          "sms": "1708"
        },
        {
          "name": "SP4N-LAPOR!",
          "url": "https://www.lapor.go.id"
        }
      ],
      "legalBasis": [
        {
          "id": "UU 17/2023 tentang Kesehatan",
          "en": "Law 17/2023 on Health"
        }
      ]
    },
    "dataProtection": {
      "purpose": {
        "id": "Memeriksa kelayakan dan menerbitkan izin praktik Anda.",
        "en": "To check eligibility and issue your practice licence."
      },
      "lawfulBasis": {
        "id": "Pelaksanaan tugas pelayanan publik oleh pemerintah daerah (UU 27/2022 tentang Pelindungan Data Pribadi, Pasal 20 ayat 2 huruf e).",
        "en": "Performance of a public-service task by the city government (Law 27/2022 on Personal Data Protection, Art. 20(2)(e))."
      },
      "retention": {
        "id": "Disimpan selama izin berlaku dan 5 tahun sesudahnya.",
        "en": "Kept while the licence is valid and 5 years after."
      },
      "controller": {
        "id": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kediri",
        "en": "Investment and One-Stop Integrated Service Office of Kediri City"
      },
      "sensitiveData": [
        {
          "id": "NIK",
          "en": "NIK"
        },
        {
          "id": "Foto wajah",
          "en": "Photograph of the face"
        }
      ]
    },
    "form": {
      "steps": [
        {
          "id": "data_diri",
          "title": {
            "id": "Data diri",
            "en": "About you"
          },
          "fields": [
            {
              "name": "nik",
              "type": "nik",
              "label": {
                "id": "NIK",
                "en": "NIK"
              },
              "required": true
            },
            {
              "name": "profesi",
              "type": "select",
              "label": {
                "id": "Profesi",
                "en": "Profession"
              },
              "required": true,
              "options": [
                {
                  "value": "dokter",
                  "label": {
                    "id": "Dokter",
                    "en": "Doctor"
                  }
                },
                {
                  "value": "dokter_gigi",
                  "label": {
                    "id": "Dokter gigi",
                    "en": "Dentist"
                  }
                },
                {
                  "value": "perawat",
                  "label": {
                    "id": "Perawat",
                    "en": "Nurse"
                  }
                },
                {
                  "value": "bidan",
                  "label": {
                    "id": "Bidan",
                    "en": "Midwife"
                  }
                },
                {
                  "value": "apoteker",
                  "label": {
                    "id": "Apoteker",
                    "en": "Pharmacist"
                  }
                },
                {
                  "value": "fisioterapis",
                  "label": {
                    "id": "Fisioterapis",
                    "en": "Physiotherapist"
                  }
                }
              ]
            },
            {
              "name": "nomor_str",
              "type": "text",
              "label": {
                "id": "Nomor STR",
                "en": "STR number"
              },
              "required": true,
              "pattern": "[A-Za-z0-9./-]{6,40}",
              "patternMessage": {
                "id": "Tulis nomor STR seperti tertera pada sertifikat.",
                "en": "Write the STR number as printed on the certificate."
              },
              "maxLength": 40
            },
            {
              "name": "email",
              "type": "email",
              "label": {
                "id": "Email",
                "en": "Email"
              },
              "required": true,
              "autocomplete": "email"
            }
          ]
        },
        {
          "id": "praktik",
          "title": {
            "id": "Tempat praktik",
            "en": "Place of practice"
          },
          "fields": [
            {
              "name": "nama_fasilitas",
              "type": "text",
              "label": {
                "id": "Nama fasilitas pelayanan kesehatan",
                "en": "Name of the health facility"
              },
              "required": true,
              "maxLength": 150
            },
            {
              "name": "alamat_praktik",
              "type": "textarea",
              "label": {
                "id": "Alamat tempat praktik",
                "en": "Address of the practice"
              },
              "required": true,
              "maxLength": 300
            },
            {
              "name": "hari_praktik",
              "type": "checkbox",
              "label": {
                "id": "Hari praktik",
                "en": "Days of practice"
              },
              "required": true,
              "options": [
                {
                  "value": "senin",
                  "label": {
                    "id": "Senin",
                    "en": "Monday"
                  }
                },
                {
                  "value": "selasa",
                  "label": {
                    "id": "Selasa",
                    "en": "Tuesday"
                  }
                },
                {
                  "value": "rabu",
                  "label": {
                    "id": "Rabu",
                    "en": "Wednesday"
                  }
                },
                {
                  "value": "kamis",
                  "label": {
                    "id": "Kamis",
                    "en": "Thursday"
                  }
                },
                {
                  "value": "jumat",
                  "label": {
                    "id": "Jumat",
                    "en": "Friday"
                  }
                },
                {
                  "value": "sabtu",
                  "label": {
                    "id": "Sabtu",
                    "en": "Saturday"
                  }
                },
                {
                  "value": "minggu",
                  "label": {
                    "id": "Minggu",
                    "en": "Sunday"
                  }
                }
              ]
            },
            {
              "name": "mulai_praktik",
              "type": "date",
              "label": {
                "id": "Rencana mulai praktik",
                "en": "Planned start"
              },
              "required": true,
              "minDate": "today"
            }
          ]
        },
        {
          "id": "dokumen",
          "title": {
            "id": "Dokumen",
            "en": "Documents"
          },
          "fields": [
            {
              "name": "surat_permohonan",
              "type": "file",
              "label": {
                "id": "Surat permohonan",
                "en": "Application letter"
              },
              "required": true,
              "accept": [
                "application/pdf",
                "image/jpeg",
                "image/png"
              ],
              "maxBytes": 2097152
            },
            {
              "name": "pas_foto",
              "type": "file",
              "label": {
                "id": "Pas foto berwarna",
                "en": "Colour photograph"
              },
              "required": true,
              "accept": [
                "image/jpeg",
                "image/png"
              ],
              "maxBytes": 1048576
            },
            {
              "name": "str",
              "type": "file",
              "label": {
                "id": "Surat Tanda Registrasi (STR)",
                "en": "Registration certificate (STR)"
              },
              "required": true,
              "accept": [
                "application/pdf",
                "image/jpeg",
                "image/png"
              ],
              "maxBytes": 2097152
            },
            {
              "name": "rekomendasi_organisasi",
              "type": "file",
              "label": {
                "id": "Rekomendasi organisasi profesi",
                "en": "Recommendation of the professional body"
              },
              "required": true,
              "accept": [
                "application/pdf",
                "image/jpeg",
                "image/png"
              ],
              "maxBytes": 2097152
            }
          ]
        }
      ]
    }
  },
  {
    "id": "kartu-keluarga",
    "agencyId": "disdukcapil",
    "category": "kependudukan",
    "name": {
      "id": "Kartu Keluarga (Baru/Perubahan)",
      "en": "Family card (new or changed)"
    },
    "summary": {
      "id": "Penerbitan Kartu Keluarga baru, penambahan anggota, atau perubahan data.",
      "en": "A new family card, an added member or changed details."
    },
    "requiresVerifiedAccount": false,
    "standard": {
      "requirements": [
        {
          "id": "Buku nikah atau akta perkawinan (untuk keluarga baru)",
          "en": "Marriage book or certificate (for a new family)"
        },
        {
          "id": "SKPWNI dari daerah asal (bagi pendatang)",
          "en": "Moving-out certificate (SKPWNI) for newcomers"
        },
        {
          "id": "Kartu Keluarga lama (untuk perubahan)",
          "en": "The current family card (for a change)"
        }
      ],
      "procedure": [
        {
          "id": "Isi formulir dan unggah dokumen.",
          "en": "Fill in the form and upload the documents."
        },
        {
          "id": "Petugas memverifikasi dan menerbitkan Kartu Keluarga elektronik.",
          "en": "An officer checks the file and issues the electronic family card."
        }
      ],
      "timeFrame": {
        "value": 1,
        "unit": "working_days"
      },
      "fee": {
        "amount": 0,
        "note": {
          "id": "Gratis, tidak dipungut biaya.",
          "en": "Free of charge."
        }
      },
      "product": {
        "id": "Kartu Keluarga (elektronik, dicetak sendiri)",
        "en": "Family card (electronic, self-printed)"
      },
      "complaints": [
        {
          "name": "SURGA",
          "url": "https://surga.kedirikota.go.id",
          "sms": "1708"
        },
        {
          "name": "SP4N-LAPOR!",
          "url": "https://www.lapor.go.id"
        }
      ],
      "legalBasis": [
        {
          "id": "UU 23/2006 jo. UU 24/2013 tentang Administrasi Kependudukan",
          "en": "Law 23/2006 as amended by Law 24/2013 on Population Administration"
        },
        {
          "id": "Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil"
        },
        {
          "id": "Permendagri 108/2019 tentang Peraturan Pelaksanaan Perpres 96/2018"
        }
      ]
    },
    "dataProtection": {
      "purpose": {
        "id": "Menerbitkan atau memperbarui Kartu Keluarga Anda.",
        "en": "To issue or update your family card."
      },
      "lawfulBasis": {
        "id": "Pelaksanaan tugas pelayanan publik oleh pemerintah daerah (UU 27/2022 tentang Pelindungan Data Pribadi, Pasal 20 ayat 2 huruf e).",
        "en": "Performance of a public-service task by the city government (Law 27/2022 on Personal Data Protection, Art. 20(2)(e))."
      },
      "retention": {
        "id": "Disimpan permanen sebagai data kependudukan.",
        "en": "Kept permanently as civil registration data."
      },
      "controller": {
        "id": "Dinas Kependudukan dan Pencatatan Sipil Kota Kediri",
        "en": "Population and Civil Registration Office of Kediri City"
      },
      "sensitiveData": [
        {
          "id": "NIK dan Nomor Kartu Keluarga",
          "en": "NIK and family card number"
        }
      ]
    },
    "form": {
      "steps": [
        {
          "id": "permohonan",
          "title": {
            "id": "Permohonan",
            "en": "Request"
          },
          "fields": [
            {
              "name": "jenis_permohonan",
              "type": "radio",
              "label": {
                "id": "Jenis permohonan",
                "en": "Kind of request"
              },
              "required": true,
              "options": [
                {
                  "value": "baru",
                  "label": {
                    "id": "Kartu Keluarga baru",
                    "en": "New family card"
                  }
                },
                {
                  "value": "tambah_anggota",
                  "label": {
                    "id": "Penambahan anggota keluarga",
                    "en": "Add a family member"
                  }
                },
                {
                  "value": "perubahan_data",
                  "label": {
                    "id": "Perubahan data",
                    "en": "Change of details"
                  }
                }
              ]
            },
            {
              "name": "no_kk",
              "type": "kk",
              "label": {
                "id": "Nomor Kartu Keluarga lama",
                "en": "Current family card number"
              },
              "hint": {
                "id": "Kosongkan bila membuat Kartu Keluarga baru.",
                "en": "Leave empty for a new family card."
              }
            },
            {
              "name": "alasan",
              "type": "textarea",
              "label": {
                "id": "Keterangan perubahan",
                "en": "What changes"
              },
              "required": true,
              "minLength": 10,
              "maxLength": 500
            },
            {
              "name": "anggota_keluarga",
              "type": "group",
              "label": {
                "id": "Anggota keluarga yang dicatat",
                "en": "Family members to record"
              },
              "hint": {
                "id": "Tambahkan setiap anggota yang baru dicatat pada Kartu Keluarga.",
                "en": "Add each member newly recorded on the family card."
              },
              "visibleWhen": {
                "field": "jenis_permohonan",
                "oneOf": [
                  "baru",
                  "tambah_anggota"
                ]
              },
              "itemLabel": {
                "id": "Anggota keluarga",
                "en": "Family member"
              },
              "maxItems": 15,
              "fields": [
                {
                  "name": "nama_anggota",
                  "type": "text",
                  "label": {
                    "id": "Nama lengkap",
                    "en": "Full name"
                  },
                  "required": true,
                  "maxLength": 100
                },
                {
                  "name": "nik_anggota",
                  "type": "nik",
                  "label": {
                    "id": "NIK",
                    "en": "NIK"
                  },
                  "hint": {
                    "id": "Kosongkan bila belum memiliki NIK, misalnya bayi yang baru lahir.",
                    "en": "Leave empty if there is no NIK yet, e.g. for a newborn."
                  }
                },
                {
                  "name": "tanggal_lahir_anggota",
                  "type": "date",
                  "label": {
                    "id": "Tanggal lahir",
                    "en": "Date of birth"
                  },
                  "required": true,
                  "maxDate": "today"
                },
                {
                  "name": "hubungan_keluarga",
                  "type": "select",
                  "label": {
                    "id": "Hubungan dalam keluarga",
                    "en": "Relation in the family"
                  },
                  "required": true,
                  "options": [
                    {
                      "value": "kepala_keluarga",
                      "label": {
                        "id": "Kepala keluarga",
                        "en": "Head of the family"
                      }
                    },
                    {
                      "value": "istri",
                      "label": {
                        "id": "Istri",
                        "en": "Wife"
                      }
                    },
                    {
                      "value": "suami",
                      "label": {
                        "id": "Suami",
                        "en": "Husband"
                      }
                    },
                    {
                      "value": "anak",
                      "label": {
                        "id": "Anak",
                        "en": "Child"
                      }
                    },
                    {
                      "value": "orang_tua",
                      "label": {
                        "id": "Orang tua",
                        "en": "Parent"
                      }
                    },
                    {
                      "value": "lainnya",
                      "label": {
                        "id": "Lainnya",
                        "en": "Other"
                      }
                    }
                  ]
                },
                {
                  "name": "hubungan_lainnya",
                  "type": "text",
                  "label": {
                    "id": "Sebutkan hubungannya",
                    "en": "Describe the relation"
                  },
                  "visibleWhen": {
                    "field": "hubungan_keluarga",
                    "equals": "lainnya"
                  },
                  "required": true,
                  "maxLength": 60
                }
              ]
            }
          ]
        },
        {
          "id": "dokumen",
          "title": {
            "id": "Dokumen",
            "en": "Documents"
          },
          "fields": [
            {
              "name": "buku_nikah",
              "type": "file",
              "label": {
                "id": "Buku nikah atau akta perkawinan",
                "en": "Marriage book or certificate"
              },
              "required": false,
              "accept": [
                "application/pdf",
                "image/jpeg",
                "image/png"
              ],
              "maxBytes": 2097152
            },
            {
              "name": "skpwni",
              "type": "file",
              "label": {
                "id": "SKPWNI (bagi pendatang)",
                "en": "SKPWNI (newcomers)"
              },
              "required": false,
              "accept": [
                "application/pdf",
                "image/jpeg",
                "image/png"
              ],
              "maxBytes": 2097152
            },
            {
              "name": "kk_lama",
              "type": "file",
              "label": {
                "id": "Kartu Keluarga lama",
                "en": "Current family card"
              },
              "required": false,
              "accept": [
                "application/pdf",
                "image/jpeg",
                "image/png"
              ],
              "maxBytes": 2097152
            }
          ]
        }
      ]
    }
  },
  {
    "id": "pbg",
    "agencyId": "dpmptsp",
    "category": "perizinan",
    "name": {
      "id": "Persetujuan Bangunan Gedung (PBG)",
      "en": "Building approval (PBG)"
    },
    "summary": {
      "id": "Persetujuan untuk membangun baru, mengubah, memperluas atau merawat bangunan gedung.",
      "en": "Approval to build, alter, extend or maintain a building."
    },
    "requiresVerifiedAccount": false,
    "standard": {
      "requirements": [
        {
          "id": "Data pemohon dan data bangunan",
          "en": "Applicant and building data"
        },
        {
          "id": "Gambar teknis (arsitektur, struktur, utilitas)",
          "en": "Technical drawings (architecture, structure, utilities)"
        },
        {
          "id": "Bukti kepemilikan atau hak atas tanah",
          "en": "Proof of land ownership or rights"
        },
        {
          "id": "Bukti pembayaran PBB tahun terakhir",
          "en": "Last year's land and building tax (PBB) receipt"
        }
      ],
      "procedure": [
        {
          "id": "Isi formulir dan unggah dokumen teknis.",
          "en": "Fill in the form and upload the technical documents."
        },
        {
          "id": "Tim Profesi Ahli memeriksa kesesuaian teknis.",
          "en": "A panel of experts checks the technical design."
        },
        {
          "id": "Retribusi dihitung dan dibayar; PBG diterbitkan.",
          "en": "The levy is calculated and paid; the PBG is issued."
        }
      ],
      "timeFrame": {
        "value": 28,
        "unit": "working_days"
      },
      "fee": {
        "amount": 150000,
        "variable": true,
        "note": {
          "id": "Perkiraan terendah untuk rumah tinggal sederhana. Besaran pasti dihitung dari luas, indeks fungsi dan kompleksitas bangunan.",
          "en": "Lowest estimate, for a simple house. The exact amount follows from the floor area and the building indices."
        },
        "legalBasis": {
          "id": "Retribusi PBG menurut Peraturan Daerah Kota Kediri tentang Pajak Daerah dan Retribusi Daerah",
          "en": "PBG levy under the Kediri City regional regulation on regional taxes and levies"
        }
      },
      "product": {
        "id": "Persetujuan Bangunan Gedung (PBG)",
        "en": "Building approval (PBG)"
      },
      "complaints": [
        {
          "name": "SURGA",
          "url": "https://surga.kedirikota.go.id",
          "sms": "1708"
        },
        {
          "name": "SP4N-LAPOR!",
          "url": "https://www.lapor.go.id"
        }
      ],
      "legalBasis": [
        {
          "id": "UU 28/2002 tentang Bangunan Gedung sebagaimana diubah dengan UU 6/2023",
          "en": "Law 28/2002 on Buildings, as amended by Law 6/2023"
        },
        {
          "id": "PP 16/2021 tentang Peraturan Pelaksanaan UU Bangunan Gedung",
          "en": "Government Regulation 16/2021"
        }
      ]
    },
    "dataProtection": {
      "purpose": {
        "id": "Memeriksa rencana bangunan dan menerbitkan PBG.",
        "en": "To check the building plan and issue the PBG."
      },
      "lawfulBasis": {
        "id": "Pelaksanaan tugas pelayanan publik oleh pemerintah daerah (UU 27/2022 tentang Pelindungan Data Pribadi, Pasal 20 ayat 2 huruf e).",
        "en": "Performance of a public-service task by the city government (Law 27/2022 on Personal Data Protection, Art. 20(2)(e))."
      },
      "retention": {
        "id": "Disimpan selama bangunan berdiri, sebagai arsip perizinan.",
        "en": "Kept for as long as the building stands, as a permit record."
      },
      "controller": {
        "id": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kediri",
        "en": "Investment and One-Stop Integrated Service Office of Kediri City"
      },
      "sensitiveData": [
        {
          "id": "NIK",
          "en": "NIK"
        }
      ]
    },
    "form": {
      "steps": [
        {
          "id": "pemohon",
          "title": {
            "id": "Data pemohon",
            "en": "Applicant"
          },
          "fields": [
            {
              "name": "nik",
              "type": "nik",
              "label": {
                "id": "NIK pemohon",
                "en": "Applicant's NIK"
              },
              "required": true,
              "prefill": "nik"
            },
            {
              "name": "nama_pemohon",
              "type": "text",
              "label": {
                "id": "Nama pemohon",
                "en": "Applicant's name"
              },
              "required": true,
              "maxLength": 100,
              "autocomplete": "name",
              "prefill": "name"
            },
            {
              "name": "telepon",
              "type": "tel",
              "label": {
                "id": "Nomor telepon",
                "en": "Phone number"
              },
              "required": true,
              "autocomplete": "tel",
              "prefill": "phone"
            },
            {
              "name": "email",
              "type": "email",
              "label": {
                "id": "Email",
                "en": "Email"
              },
              "autocomplete": "email",
              "prefill": "email"
            }
          ]
        },
        {
          "id": "bangunan",
          "title": {
            "id": "Data bangunan",
            "en": "The building"
          },
          "fields": [
            {
              "name": "fungsi_bangunan",
              "type": "select",
              "label": {
                "id": "Fungsi bangunan",
                "en": "Use of the building"
              },
              "required": true,
              "options": [
                {
                  "value": "hunian",
                  "label": {
                    "id": "Hunian",
                    "en": "Residential"
                  }
                },
                {
                  "value": "usaha",
                  "label": {
                    "id": "Usaha",
                    "en": "Business"
                  }
                },
                {
                  "value": "keagamaan",
                  "label": {
                    "id": "Keagamaan",
                    "en": "Religious"
                  }
                },
                {
                  "value": "sosial_budaya",
                  "label": {
                    "id": "Sosial dan budaya",
                    "en": "Social and cultural"
                  }
                },
                {
                  "value": "campuran",
                  "label": {
                    "id": "Campuran",
                    "en": "Mixed"
                  }
                }
              ]
            },
            {
              "name": "luas_bangunan",
              "type": "number",
              "label": {
                "id": "Luas total lantai (m²)",
                "en": "Total floor area (m²)"
              },
              "required": true,
              "min": 1,
              "max": 100000
            },
            {
              "name": "jumlah_lantai",
              "type": "number",
              "label": {
                "id": "Jumlah lantai",
                "en": "Number of floors"
              },
              "required": true,
              "integer": true,
              "min": 1,
              "max": 40
            },
            {
              "name": "alamat_bangunan",
              "type": "textarea",
              "label": {
                "id": "Alamat lokasi bangunan",
                "en": "Address of the site"
              },
              "required": true,
              "maxLength": 300
            }
          ]
        },
        {
          "id": "dokumen",
          "title": {
            "id": "Dokumen teknis",
            "en": "Technical documents"
          },
          "fields": [
            {
              "name": "panduan_gambar",
              "type": "content",
              "label": {
                "id": "Sebelum mengunggah gambar teknis",
                "en": "Before you upload the drawings"
              },
              "text": {
                "id": "Gambar teknis terdiri atas gambar arsitektur, struktur, dan utilitas, digabung dalam satu berkas PDF.\n\nBangunan lebih dari dua lantai juga memerlukan perhitungan struktur yang ditandatangani tenaga ahli bersertifikat.",
                "en": "The technical drawings are the architectural, structural and utility drawings, combined in one PDF.\n\nA building of more than two floors also needs a structural calculation signed by a certified engineer."
              },
              "links": [
                {
                  "label": {
                    "id": "Sistem Informasi Manajemen Bangunan Gedung (SIMBG)",
                    "en": "Building management information system (SIMBG)"
                  },
                  "href": "https://simbg.pu.go.id"
                }
              ]
            },
            {
              "name": "gambar_teknis",
              "type": "file",
              "label": {
                "id": "Gambar teknis (PDF)",
                "en": "Technical drawings (PDF)"
              },
              "required": true,
              "accept": [
                "application/pdf",
                "image/jpeg",
                "image/png"
              ],
              "maxBytes": 10485760
            },
            {
              "name": "perhitungan_struktur",
              "type": "file",
              "label": {
                "id": "Perhitungan struktur",
                "en": "Structural calculation"
              },
              "visibleWhen": {
                "field": "jumlah_lantai",
                "greaterThan": 2
              },
              "required": true,
              "accept": [
                "application/pdf"
              ],
              "maxBytes": 10485760
            },
            {
              "name": "bukti_tanah",
              "type": "file",
              "label": {
                "id": "Bukti kepemilikan tanah",
                "en": "Proof of land ownership"
              },
              "required": true,
              "accept": [
                "application/pdf",
                "image/jpeg",
                "image/png"
              ],
              "maxBytes": 5242880
            },
            {
              "name": "bukti_pbb",
              "type": "file",
              "label": {
                "id": "Bukti pembayaran PBB",
                "en": "PBB receipt"
              },
              "required": true,
              "accept": [
                "application/pdf",
                "image/jpeg",
                "image/png"
              ],
              "maxBytes": 2097152
            },
            {
              "name": "pernyataan_benar",
              "type": "checkbox",
              "label": {
                "id": "Saya menyatakan bahwa data dan dokumen yang saya sampaikan benar dan dapat dipertanggungjawabkan.",
                "en": "I declare that the data and documents I submit are true and correct."
              },
              "required": true
            }
          ]
        }
      ]
    }
  },
  {
    "id": "pindah-keluar",
    "agencyId": "disdukcapil",
    "category": "kependudukan",
    "name": {
      "id": "Surat Keterangan Pindah (SKPWNI)",
      "en": "Moving-out certificate (SKPWNI)"
    },
    "summary": {
      "id": "Surat keterangan pindah bagi penduduk yang pindah ke luar Kota Kediri.",
      "en": "A moving-out certificate for residents moving away from Kediri City."
    },
    "requiresVerifiedAccount": true,
    "standard": {
      "requirements": [
        {
          "id": "Formulir F-1.03 (surat pernyataan perubahan/pindah)",
          "en": "Form F-1.03 (moving statement)"
        },
        {
          "id": "Kartu Keluarga",
          "en": "Family card"
        }
      ],
      "procedure": [
        {
          "id": "Isi formulir dan unggah formulir F-1.03 yang sudah ditandatangani.",
          "en": "Fill in the form and upload the signed form F-1.03."
        },
        {
          "id": "Petugas memverifikasi dan menerbitkan SKPWNI elektronik.",
          "en": "An officer checks the file and issues the electronic SKPWNI."
        },
        {
          "id": "Serahkan SKPWNI ke Disdukcapil daerah tujuan.",
          "en": "Hand the SKPWNI to the civil registry of your new home."
        }
      ],
      "timeFrame": {
        "value": 1,
        "unit": "working_days"
      },
      "fee": {
        "amount": 0,
        "note": {
          "id": "Gratis, tidak dipungut biaya.",
          "en": "Free of charge."
        }
      },
      "product": {
        "id": "Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI)",
        "en": "Moving-out certificate (SKPWNI)"
      },
      "complaints": [
        {
          "name": "SURGA",
          "url": "https://surga.kedirikota.go.id",
          "sms": "1708"
        },
        {
          "name": "SP4N-LAPOR!",
          "url": "https://www.lapor.go.id"
        }
      ],
      "legalBasis": [
        {
          "id": "UU 23/2006 jo. UU 24/2013 tentang Administrasi Kependudukan",
          "en": "Law 23/2006 as amended by Law 24/2013 on Population Administration"
        },
        {
          "id": "Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil"
        },
        {
          "id": "Permendagri 108/2019 tentang Peraturan Pelaksanaan Perpres 96/2018"
        }
      ]
    },
    "dataProtection": {
      "purpose": {
        "id": "Menerbitkan surat keterangan pindah Anda.",
        "en": "To issue your moving-out certificate."
      },
      "lawfulBasis": {
        "id": "Pelaksanaan tugas pelayanan publik oleh pemerintah daerah (UU 27/2022 tentang Pelindungan Data Pribadi, Pasal 20 ayat 2 huruf e).",
        "en": "Performance of a public-service task by the city government (Law 27/2022 on Personal Data Protection, Art. 20(2)(e))."
      },
      "retention": {
        "id": "Disimpan permanen sebagai data kependudukan.",
        "en": "Kept permanently as civil registration data."
      },
      "controller": {
        "id": "Dinas Kependudukan dan Pencatatan Sipil Kota Kediri",
        "en": "Population and Civil Registration Office of Kediri City"
      },
      "sensitiveData": [
        {
          "id": "NIK dan Nomor Kartu Keluarga",
          "en": "NIK and family card number"
        }
      ]
    },
    "form": {
      "steps": [
        {
          "id": "kepindahan",
          "title": {
            "id": "Data kepindahan",
            "en": "The move"
          },
          "fields": [
            {
              "name": "no_kk",
              "type": "kk",
              "label": {
                "id": "Nomor Kartu Keluarga",
                "en": "Family card number"
              },
              "required": true
            },
            {
              "name": "alamat_tujuan",
              "type": "textarea",
              "label": {
                "id": "Alamat tujuan",
                "en": "New address"
              },
              "required": true,
              "maxLength": 300
            },
            {
              "name": "kabupaten_kota_tujuan",
              "type": "text",
              "label": {
                "id": "Kabupaten/kota tujuan",
                "en": "Regency/city"
              },
              "required": true,
              "maxLength": 100
            },
            {
              "name": "alasan_pindah",
              "type": "select",
              "label": {
                "id": "Alasan pindah",
                "en": "Reason for moving"
              },
              "required": true,
              "options": [
                {
                  "value": "pekerjaan",
                  "label": {
                    "id": "Pekerjaan",
                    "en": "Work"
                  }
                },
                {
                  "value": "pendidikan",
                  "label": {
                    "id": "Pendidikan",
                    "en": "Education"
                  }
                },
                {
                  "value": "keluarga",
                  "label": {
                    "id": "Keluarga",
                    "en": "Family"
                  }
                },
                {
                  "value": "perumahan",
                  "label": {
                    "id": "Perumahan",
                    "en": "Housing"
                  }
                },
                {
                  "value": "kesehatan",
                  "label": {
                    "id": "Kesehatan",
                    "en": "Health"
                  }
                },
                {
                  "value": "lainnya",
                  "label": {
                    "id": "Lainnya",
                    "en": "Other"
                  }
                }
              ]
            },
            {
              "name": "jumlah_anggota_pindah",
              "type": "number",
              "label": {
                "id": "Jumlah anggota keluarga yang pindah",
                "en": "Family members moving"
              },
              "required": true,
              "integer": true,
              "min": 1,
              "max": 20
            }
          ]
        },
        {
          "id": "dokumen",
          "title": {
            "id": "Dokumen",
            "en": "Documents"
          },
          "fields": [
            {
              "name": "formulir_f103",
              "type": "file",
              "label": {
                "id": "Formulir F-1.03 yang ditandatangani",
                "en": "Signed form F-1.03"
              },
              "required": true,
              "accept": [
                "application/pdf",
                "image/jpeg",
                "image/png"
              ],
              "maxBytes": 2097152
            },
            {
              "name": "kartu_keluarga",
              "type": "file",
              "label": {
                "id": "Kartu Keluarga",
                "en": "Family card"
              },
              "required": true,
              "accept": [
                "application/pdf",
                "image/jpeg",
                "image/png"
              ],
              "maxBytes": 2097152
            }
          ]
        }
      ]
    }
  },
  {
    "id": "sktm",
    "agencyId": "dinsos",
    "category": "sosial",
    "name": {
      "id": "Surat Keterangan Tidak Mampu (SKTM)",
      "en": "Certificate of low income (SKTM)"
    },
    "summary": {
      "id": "Surat keterangan tidak mampu untuk keringanan biaya pendidikan, kesehatan atau bantuan hukum.",
      "en": "A certificate of low income for reduced school, health or legal-aid costs."
    },
    "requiresVerifiedAccount": false,
    "standard": {
      "requirements": [
        {
          "id": "Surat pengantar dari kelurahan",
          "en": "Cover letter from the kelurahan"
        },
        {
          "id": "KTP-el dan Kartu Keluarga",
          "en": "E-ID card and family card"
        },
        {
          "id": "Terdaftar dalam Data Tunggal Sosial dan Ekonomi Nasional (DTSEN); bila tidak terdaftar, permohonan dikembalikan",
          "en": "Listed in the national social-economic register (DTSEN); otherwise the request is returned"
        }
      ],
      "procedure": [
        {
          "id": "Isi formulir dan unggah surat pengantar kelurahan.",
          "en": "Fill in the form and upload the kelurahan letter."
        },
        {
          "id": "Petugas mencocokkan data Anda dengan DTSEN.",
          "en": "An officer checks your data against DTSEN."
        },
        {
          "id": "SKTM ditandatangani dan dapat diunduh.",
          "en": "The SKTM is signed and can be downloaded."
        }
      ],
      "timeFrame": {
        "value": 60,
        "unit": "minutes"
      },
      "fee": {
        "amount": 0,
        "note": {
          "id": "Gratis, tidak dipungut biaya.",
          "en": "Free of charge."
        }
      },
      "product": {
        "id": "Surat Keterangan Tidak Mampu",
        "en": "Certificate of low income"
      },
      "complaints": [
        {
          "name": "SURGA",
          "url": "https://surga.kedirikota.go.id",
          "sms": "1708"
        },
        {
          "name": "SP4N-LAPOR!",
          "url": "https://www.lapor.go.id"
        }
      ],
      "legalBasis": [
        {
          "id": "UU 13/2011 tentang Penanganan Fakir Miskin",
          "en": "Law 13/2011 on the Care of the Poor"
        },
        {
          "id": "UU 25/2009 tentang Pelayanan Publik",
          "en": "Law 25/2009 on Public Services"
        }
      ]
    },
    "dataProtection": {
      "purpose": {
        "id": "Memeriksa kelayakan dan menerbitkan SKTM.",
        "en": "To check eligibility and issue the SKTM."
      },
      "lawfulBasis": {
        "id": "Pelaksanaan tugas pelayanan publik oleh pemerintah daerah (UU 27/2022 tentang Pelindungan Data Pribadi, Pasal 20 ayat 2 huruf e).",
        "en": "Performance of a public-service task by the city government (Law 27/2022 on Personal Data Protection, Art. 20(2)(e))."
      },
      "retention": {
        "id": "Disimpan 5 tahun setelah surat terbit, lalu dimusnahkan.",
        "en": "Kept for 5 years after issue, then destroyed."
      },
      "controller": {
        "id": "Dinas Sosial Kota Kediri",
        "en": "Social Affairs Office of Kediri City"
      },
      "sensitiveData": [
        {
          "id": "NIK dan Nomor Kartu Keluarga",
          "en": "NIK and family card number"
        },
        {
          "id": "Data keadaan ekonomi",
          "en": "Financial circumstances"
        }
      ]
    },
    "form": {
      "steps": [
        {
          "id": "pemohon",
          "title": {
            "id": "Data pemohon",
            "en": "Applicant"
          },
          "fields": [
            {
              "name": "nik",
              "type": "nik",
              "label": {
                "id": "NIK",
                "en": "NIK"
              },
              "required": true
            },
            {
              "name": "no_kk",
              "type": "kk",
              "label": {
                "id": "Nomor Kartu Keluarga",
                "en": "Family card number"
              },
              "required": true
            },
            {
              "name": "alamat",
              "type": "textarea",
              "label": {
                "id": "Alamat",
                "en": "Address"
              },
              "required": true,
              "maxLength": 300
            },
            {
              "name": "keperluan",
              "type": "select",
              "label": {
                "id": "Keperluan",
                "en": "Purpose"
              },
              "required": true,
              "options": [
                {
                  "value": "pendidikan",
                  "label": {
                    "id": "Keringanan biaya pendidikan",
                    "en": "School fees"
                  }
                },
                {
                  "value": "kesehatan",
                  "label": {
                    "id": "Keringanan biaya kesehatan",
                    "en": "Health costs"
                  }
                },
                {
                  "value": "bantuan_hukum",
                  "label": {
                    "id": "Bantuan hukum",
                    "en": "Legal aid"
                  }
                },
                {
                  "value": "lainnya",
                  "label": {
                    "id": "Lainnya",
                    "en": "Other"
                  }
                }
              ]
            },
            {
              "name": "keperluan_lainnya",
              "type": "text",
              "label": {
                "id": "Sebutkan keperluan Anda",
                "en": "Describe your purpose"
              },
              "visibleWhen": {
                "field": "keperluan",
                "equals": "lainnya"
              },
              "required": true,
              "maxLength": 200
            }
          ]
        },
        {
          "id": "dokumen",
          "title": {
            "id": "Dokumen dan persetujuan",
            "en": "Document and consent"
          },
          "fields": [
            {
              "name": "pengantar_kelurahan",
              "type": "file",
              "label": {
                "id": "Surat pengantar kelurahan",
                "en": "Kelurahan cover letter"
              },
              "required": true,
              "accept": [
                "application/pdf",
                "image/jpeg",
                "image/png"
              ],
              "maxBytes": 2097152
            },
            {
              "name": "persetujuan_dtsen",
              "type": "checkbox",
              "label": {
                "id": "Saya setuju data saya dicocokkan dengan Data Tunggal Sosial dan Ekonomi Nasional (DTSEN).",
                "en": "I agree that my data is checked against the national social-economic register (DTSEN)."
              },
              "required": true
            }
          ]
        }
      ]
    }
  },
  {
    "id": "surat-domisili",
    "agencyId": "kelurahan-bandar-lor",
    "category": "kelurahan",
    "name": {
      "id": "Surat Keterangan Domisili",
      "en": "Certificate of domicile"
    },
    "summary": {
      "id": "Surat keterangan bahwa Anda bertempat tinggal di wilayah kelurahan.",
      "en": "A letter stating that you live in the kelurahan."
    },
    "requiresVerifiedAccount": false,
    "standard": {
      "requirements": [
        {
          "id": "Surat pengantar RT/RW",
          "en": "Cover letter from the RT/RW"
        },
        {
          "id": "KTP-el dan Kartu Keluarga",
          "en": "E-ID card and family card"
        }
      ],
      "procedure": [
        {
          "id": "Isi formulir dan unggah surat pengantar RT/RW.",
          "en": "Fill in the form and upload the RT/RW letter."
        },
        {
          "id": "Lurah menandatangani surat.",
          "en": "The lurah signs the letter."
        }
      ],
      "timeFrame": {
        "value": 10,
        "unit": "minutes"
      },
      "fee": {
        "amount": 0,
        "note": {
          "id": "Gratis, tidak dipungut biaya.",
          "en": "Free of charge."
        }
      },
      "product": {
        "id": "Surat Keterangan Domisili",
        "en": "Certificate of domicile"
      },
      "complaints": [
        {
          "name": "SURGA",
          "url": "https://surga.kedirikota.go.id",
          "sms": "1708"
        },
        {
          "name": "SP4N-LAPOR!",
          "url": "https://www.lapor.go.id"
        }
      ],
      "legalBasis": [
        {
          "id": "UU 25/2009 tentang Pelayanan Publik",
          "en": "Law 25/2009 on Public Services"
        }
      ]
    },
    "dataProtection": {
      "purpose": {
        "id": "Menerbitkan surat keterangan domisili.",
        "en": "To issue the certificate of domicile."
      },
      "lawfulBasis": {
        "id": "Pelaksanaan tugas pelayanan publik oleh pemerintah daerah (UU 27/2022 tentang Pelindungan Data Pribadi, Pasal 20 ayat 2 huruf e).",
        "en": "Performance of a public-service task by the city government (Law 27/2022 on Personal Data Protection, Art. 20(2)(e))."
      },
      "retention": {
        "id": "Disimpan 5 tahun setelah surat terbit, lalu dimusnahkan.",
        "en": "Kept for 5 years after issue, then destroyed."
      },
      "controller": {
        "id": "Kelurahan Bandar Lor",
        "en": "Bandar Lor Sub-district"
      },
      "sensitiveData": [
        {
          "id": "NIK",
          "en": "NIK"
        }
      ]
    },
    "form": {
      "steps": [
        {
          "id": "identitas",
          "title": {
            "id": "Identitas pemohon",
            "en": "Applicant"
          },
          "fields": [
            {
              "name": "nik",
              "type": "nik",
              "label": {
                "id": "NIK",
                "en": "NIK"
              },
              "hint": {
                "id": "16 digit, tertera di KTP-el Anda.",
                "en": "16 digits, on your e-ID card."
              },
              "required": true
            },
            {
              "name": "telepon",
              "type": "tel",
              "label": {
                "id": "Nomor WhatsApp",
                "en": "WhatsApp number"
              },
              "autocomplete": "tel"
            }
          ]
        },
        {
          "id": "domisili",
          "title": {
            "id": "Alamat domisili",
            "en": "Address"
          },
          "fields": [
            {
              "name": "alamat",
              "type": "textarea",
              "label": {
                "id": "Alamat lengkap",
                "en": "Full address"
              },
              "required": true,
              "maxLength": 300
            },
            {
              "name": "kelurahan",
              "type": "select",
              "label": {
                "id": "Kelurahan"
              },
              "required": true,
              "options": [
                {
                  "value": "bandar-lor",
                  "label": {
                    "id": "Bandar Lor"
                  }
                },
                {
                  "value": "bandar-kidul",
                  "label": {
                    "id": "Bandar Kidul"
                  }
                }
              ]
            },
            {
              "name": "keperluan",
              "type": "text",
              "label": {
                "id": "Keperluan",
                "en": "Purpose"
              },
              "required": true,
              "maxLength": 200
            },
            {
              "name": "pengantar_rt_rw",
              "type": "file",
              "label": {
                "id": "Surat pengantar RT/RW",
                "en": "RT/RW cover letter"
              },
              "required": true,
              "accept": [
                "application/pdf",
                "image/jpeg",
                "image/png"
              ],
              "maxBytes": 2097152
            }
          ]
        }
      ]
    }
  }
];
