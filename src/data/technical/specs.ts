/**
 * Delivery specifications shipped with the `Specs` template: the French file PAD as the CST
 * recommendations describe it (CST-RT-017 v3.0, 2011, the signals common to French broadcasters:
 * http://docplayer.fr/6986727-Recommandation-technique-cst-rt-017-tv-v3-0-2011-recommandation-technique-pad-editeurs-cst-ficam-hdforum.html ;
 * CST-RT-040 for the file PAD), one row per broadcaster × deliverable. Keys are the
 * `Specs` table's French headers, so rows are written as they are; users add their broadcasters and
 * correct these from their contract's technical appendix.
 *
 * What is sourced: CST-RT-040 (file PAD in force since 18/08/2016: MXF OP1a constrained as AMWA AS-10,
 * XDCAM HD422 MPEG-2 Long GOP 50 Mb/s, 1080i25), the CSA (Arcom) deliberation 2011-29 (−23 LUFS ±1 LU
 * per ITU-R BS.1770 for programmes produced since 01/01/2012), the law of 11/02/2005 (subtitles for the
 * deaf and hard of hearing on public channels and on private channels above 2.5 % audience share).
 * What no public text we found settles is said in `À vérifier`: the true-peak ceiling (−3 dBTP is
 * commonly quoted, R128 allows −1), start timecodes (broadcaster-specific), slot tolerances (no
 * published value: Cap PAD's default), the 5.1 layout, and the whole UHD row.
 */
export const SPECS_HEADERS = [
  "Spécification",
  "Diffuseur",
  "Livrable",
  "Obligatoire",
  "Conteneur",
  "Codec vidéo",
  "Débit (Mb/s)",
  "Cadence (ips)",
  "Résolution",
  "Balayage",
  "Audio",
  "Format audio",
  "Loudness cible (LUFS)",
  "Tolérance loudness (LU)",
  "True peak max (dBTP)",
  "Durée case",
  "Tolérance case",
  "TC début",
  "Source",
  "À vérifier",
] as const;

export type SpecRow = Partial<Record<(typeof SPECS_HEADERS)[number], string | number>>;

const CST_RT_040 = "CST-RT-040 (PAD fichier, en vigueur depuis le 18/08/2016) : https://www.broadcast-news.fr/fichier-mxf-pad-xdcam/";
const CSA_2011_29 = "délibération CSA 2011-29 (−23 LUFS ±1 LU, ITU-R BS.1770) : https://legal.tricoteuses.fr/articles/JORFARTI000024656071";
const LOI_2005 = "Loi du 11/02/2005 : sous-titrage SME de tous les programmes (chaînes publiques et chaînes privées de plus de 2,5 % d'audience) ; méthodologie CSA : https://doczz.fr/doc/2024802/m%C3%A9thodologie-de-constatation-de-la-reprise-des-sous-titres";
const UNVERIFIED_PAD = "True peak (−3 dBTP souvent cité, R128 admet −1), TC début (propre à chaque diffuseur), tolérance de case (valeur par défaut de Cap PAD)";

/** The HD file PAD common to French broadcasters (CST-RT-040), stereo. */
const PAD_HD: SpecRow = {
  Livrable: "PAD HD",
  Obligatoire: "oui",
  Conteneur: "MXF OP1a (AMWA AS-10)",
  "Codec vidéo": "XDCAM HD422 (MPEG-2 Long GOP)",
  "Débit (Mb/s)": 50,
  "Cadence (ips)": "25",
  Résolution: "1920x1080",
  Balayage: "entrelacé",
  Audio: "stéréo",
  "Format audio": "PCM 24 bits 48 kHz",
  "Loudness cible (LUFS)": -23,
  "Tolérance loudness (LU)": 1,
  "True peak max (dBTP)": -3,
  "Durée case": "",
  "Tolérance case": "00:00:30:00",
  "TC début": "10:00:00:00",
  Source: `${CST_RT_040} ; ${CSA_2011_29}`,
  "À vérifier": UNVERIFIED_PAD,
};

/** The same PAD with its 5.1 tracks (layout ITU-R BS.775, channel allocation EBU R91). */
const PAD_HD_51: SpecRow = {
  ...PAD_HD,
  Livrable: "PAD HD 5.1",
  Obligatoire: "non",
  Audio: "stéréo + 5.1",
  Source: `${CST_RT_040} (5.1 : BS.775, EBU R91) ; ${CSA_2011_29}`,
  "À vérifier": `${UNVERIFIED_PAD} ; affectation des pistes 5.1 selon l'annexe technique du contrat`,
};

const SME: SpecRow = { Livrable: "Sous-titres SME", Obligatoire: "oui", Source: LOI_2005, "À vérifier": "Format du fichier de sous-titres (propre à chaque diffuseur)" };

function rowsOf(broadcaster: string, short: string, rows: SpecRow[]): SpecRow[] {
  return rows.map((r) => ({ Spécification: `${short} — ${r.Livrable}`, Diffuseur: broadcaster, ...r }));
}

export const DEFAULT_SPECS: readonly SpecRow[] = [
  ...rowsOf("France Télévisions", "France TV", [
    PAD_HD,
    PAD_HD_51,
    SME,
    { Livrable: "Audiodescription", Obligatoire: "non", Source: "Accessibilité des programmes (CSA), audiodescription de plus en plus demandée : http://www.csa.fr/Television/Le-suivi-des-programmes/L-accessibilite-des-programmes/Pour-les-personnes-aveugles-ou-malvoyantes-l-audiodescription/Principes-de-fonctionnement", "À vérifier": "Obligation selon le contrat" },
  ]),
  ...rowsOf("Arte", "Arte", [
    PAD_HD,
    PAD_HD_51,
    {
      Livrable: "PAD UHD",
      Obligatoire: "non",
      "Cadence (ips)": "25",
      Résolution: "3840x2160",
      Balayage: "progressif",
      Audio: "stéréo + 5.1",
      "Format audio": "PCM 24 bits 48 kHz",
      "Loudness cible (LUFS)": -23,
      "Tolérance loudness (LU)": 1,
      "Tolérance case": "00:00:30:00",
      Source: `Exemple de Cap PAD : aucune spécification UHD publiée trouvée ; ${CSA_2011_29}`,
      "À vérifier": "Toute la ligne (conteneur, codec, débit, true peak, TC début) : annexe technique du diffuseur",
    },
    { ...SME, "À vérifier": "Obligation pour Arte et format du fichier" },
  ]),
  ...rowsOf("TF1", "TF1", [PAD_HD, PAD_HD_51, SME]),
  ...rowsOf("M6", "M6", [PAD_HD, PAD_HD_51, SME]),
];
