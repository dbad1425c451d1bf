/**
 * Starter plans ("Nouvelle production"): the French post-production chain per genre, with default
 * durations scaled from the programme length and the usual order of the stages (Kosmo studio,
 * https://kosmostudio.be/course/la-post-production/amp ; Comett,
 * https://www.comett.org/abecedaire/post-production/ ; a daily soap's pipeline,
 * https://travelling-inscription.com/le-metier-de-directeur-de-post-production-dune-serie-quotidienne-rencontre-avec-rozenn-le-pape/).
 *
 * Data, not code: coordinators and the team tune these numbers without touching the scheduler.
 * Durations are rules of thumb, Cap PAD defaults rather than official figures (Kosmo: montage ≥ 2×
 * shooting time, étalonnage ≈ 1 day per 10 min, montage son ≈ a third of the image edit; feature edit
 * 2–3 months, https://lecinochedefred.fr/metiers_cinema_p4.html; feature mix ≈ 3 weeks…), in working
 * days: `days + perMinute × programme minutes`, rounded up, kept within [min, max]. `after` uses the
 * `Prédécesseurs` syntax with stage keys instead of task IDs ("MONT", "VFX FF", "MSON DD+2"); the
 * builder rewrites the keys into the new tasks' IDs.
 */

export interface DurationRule {
  /** Fixed part, working days (0 alone = milestone). */
  days?: number;
  /** Working days per minute of programme. */
  perMinute?: number;
  min?: number;
  max?: number;
}

export interface StarterStage {
  /** Short key, unique within the plan, used in `after`. */
  key: string;
  /** `Étape` */
  stage: string;
  /** `Tâche` */
  name: string;
  duration: DurationRule;
  /** Predecessors, `Prédécesseurs` syntax over keys. */
  after?: string;
  /** The PAD delivery milestone (the plan is scheduled backwards from it). */
  pad?: boolean;
}

export interface StarterPlan {
  /** Key of the plan. */
  key: string;
  /** French label shown to users. */
  label: string;
  /** `Genre` values (Productions table) this plan fits. */
  genres: string[];
  /** Programme length used when `Durée (min)` is blank. */
  defaultMinutes: number;
  stages: StarterStage[];
}

const MILESTONE: DurationRule = { days: 0 };

/** Fiction TV (unitaire or episode, 52' by default; also used for Série). */
const FICTION_TV: StarterPlan = {
  key: "fiction-tv",
  label: "Fiction TV (52')",
  genres: ["Fiction TV", "Série", "Fiction"],
  defaultMinutes: 52,
  stages: [
    { key: "FINT", stage: "Tournage", name: "Fin de tournage", duration: MILESTONE },
    { key: "RUSH", stage: "Rushes", name: "Ingest, sauvegarde et synchro des derniers rushes", duration: { days: 2 }, after: "FINT" },
    { key: "DERU", stage: "Montage image", name: "Dérushage", duration: { days: 1, perMinute: 0.04, min: 2 }, after: "RUSH DD+1" },
    { key: "MONT", stage: "Montage image", name: "Montage image (V1)", duration: { perMinute: 0.4, min: 10, max: 60 }, after: "DERU DD+1" },
    { key: "VISP", stage: "Visionnages", name: "Visionnage producteur", duration: { days: 1 }, after: "MONT" },
    { key: "RETP", stage: "Montage image", name: "Reprises après visionnage producteur (V2)", duration: { days: 1, perMinute: 0.06, min: 3 }, after: "VISP" },
    { key: "VISC", stage: "Visionnages", name: "Visionnage chaîne", duration: { days: 1 }, after: "RETP" },
    { key: "NOTE", stage: "Visionnages", name: "Retour des notes de la chaîne", duration: MILESTONE, after: "VISC FD+3" },
    { key: "RETC", stage: "Montage image", name: "Reprises après notes chaîne, calage à la durée", duration: { days: 1, perMinute: 0.04, min: 2 }, after: "NOTE" },
    { key: "LOCK", stage: "Montage image", name: "Montage validé (fin de montage)", duration: MILESTONE, after: "RETC" },
    { key: "CONF", stage: "Image", name: "Conformation", duration: { days: 1, perMinute: 0.02, min: 1, max: 5 }, after: "LOCK" },
    { key: "VFX", stage: "Image", name: "Effets visuels (finalisation des plans)", duration: { days: 2, perMinute: 0.06 }, after: "LOCK" },
    { key: "ETAL", stage: "Image", name: "Étalonnage", duration: { perMinute: 0.1, min: 2 }, after: "CONF;VFX FF" },
    { key: "GEN", stage: "Image", name: "Génériques, titrages et cartons", duration: { days: 2 }, after: "LOCK" },
    { key: "MSON", stage: "Son", name: "Montage son (dialogues, ambiances, effets)", duration: { perMinute: 0.15, min: 3 }, after: "LOCK" },
    { key: "BRUI", stage: "Son", name: "Bruitage", duration: { days: 1, perMinute: 0.02, min: 1 }, after: "MSON DD+2" },
    { key: "PSYN", stage: "Son", name: "Post-synchronisation", duration: { days: 1 }, after: "LOCK FD+3" },
    { key: "MUS", stage: "Son", name: "Montage musique", duration: { days: 1, perMinute: 0.04, min: 2 }, after: "LOCK" },
    { key: "MIX", stage: "Son", name: "Mixage (stéréo et 5.1), version internationale", duration: { days: 1, perMinute: 0.04, min: 2 }, after: "MSON;BRUI;PSYN;MUS" },
    { key: "PADF", stage: "Livraison", name: "Layback et fabrication du PAD", duration: { days: 2 }, after: "ETAL;GEN;MIX" },
    { key: "QC", stage: "Livraison", name: "Contrôle qualité et mesure de loudness", duration: { days: 1 }, after: "PADF" },
    { key: "SME", stage: "Accessibilité", name: "Sous-titrage SME", duration: { days: 1, perMinute: 0.04, min: 2 }, after: "MIX" },
    { key: "AD", stage: "Accessibilité", name: "Audiodescription (texte, enregistrement, mixage)", duration: { days: 2, perMinute: 0.1 }, after: "MIX" },
    { key: "PAD", stage: "Livraison", name: "Livraison PAD", duration: MILESTONE, after: "QC;SME;AD", pad: true },
  ],
};

/** Feature film: longer edit, 5.1 mix in a theatre, foley and ADR, DCP and digital master. */
const LONG_METRAGE: StarterPlan = {
  key: "long-metrage",
  label: "Long métrage",
  genres: ["Long métrage", "Cinéma", "Film"],
  defaultMinutes: 100,
  stages: [
    { key: "FINT", stage: "Tournage", name: "Fin de tournage", duration: MILESTONE },
    { key: "RUSH", stage: "Rushes", name: "Ingest, sauvegarde et synchro des derniers rushes", duration: { days: 3 }, after: "FINT" },
    { key: "DERU", stage: "Montage image", name: "Dérushage et bout-à-bout", duration: { days: 5 }, after: "RUSH DD+1" },
    { key: "MONT", stage: "Montage image", name: "Montage image (premier montage)", duration: { perMinute: 0.5, min: 30, max: 90 }, after: "DERU DD+2" },
    { key: "VISP", stage: "Visionnages", name: "Projection producteurs et distributeur", duration: { days: 1 }, after: "MONT" },
    { key: "RETP", stage: "Montage image", name: "Montage image (version de travail suivante)", duration: { perMinute: 0.15, min: 10 }, after: "VISP FD+2" },
    { key: "VISC", stage: "Visionnages", name: "Projection coproducteurs et chaîne", duration: { days: 1 }, after: "RETP" },
    { key: "RETC", stage: "Montage image", name: "Reprises et calage final", duration: { perMinute: 0.05, min: 5 }, after: "VISC FD+3" },
    { key: "LOCK", stage: "Montage image", name: "Montage validé (fin de montage)", duration: MILESTONE, after: "RETC" },
    { key: "CONF", stage: "Image", name: "Conformation", duration: { days: 5 }, after: "LOCK" },
    { key: "VFX", stage: "Image", name: "Effets visuels (plans finaux)", duration: { perMinute: 0.15, min: 10 }, after: "LOCK" },
    { key: "ETAL", stage: "Image", name: "Étalonnage", duration: { perMinute: 0.12, min: 10, max: 20 }, after: "CONF;VFX FF" },
    { key: "GEN", stage: "Image", name: "Génériques début et fin", duration: { days: 3 }, after: "LOCK" },
    { key: "MSON", stage: "Son", name: "Montage son (dialogues, ambiances, effets)", duration: { perMinute: 0.2, min: 15 }, after: "LOCK" },
    { key: "BRUI", stage: "Son", name: "Bruitage", duration: { days: 1, perMinute: 0.04, min: 4 }, after: "MSON DD+5" },
    { key: "PSYN", stage: "Son", name: "Post-synchronisation", duration: { days: 2 }, after: "LOCK FD+5" },
    { key: "MUS", stage: "Son", name: "Musique : enregistrement et montage", duration: { perMinute: 0.1, min: 5 }, after: "LOCK" },
    { key: "MIX", stage: "Son", name: "Mixage 5.1 en auditorium", duration: { perMinute: 0.15, min: 10, max: 20 }, after: "MSON;BRUI;PSYN;MUS" },
    { key: "VI", stage: "Son", name: "Version internationale (M&E)", duration: { days: 2 }, after: "MIX" },
    { key: "PADF", stage: "Livraison", name: "Fabrication du master (DSM), du DCP et du PAD", duration: { days: 4 }, after: "ETAL;GEN;MIX" },
    { key: "QC", stage: "Livraison", name: "Contrôle qualité (DCP, PAD, loudness)", duration: { days: 2 }, after: "PADF" },
    { key: "SME", stage: "Accessibilité", name: "Sous-titrage SME", duration: { days: 1, perMinute: 0.03, min: 3 }, after: "MIX" },
    { key: "AD", stage: "Accessibilité", name: "Audiodescription (texte, enregistrement, mixage)", duration: { days: 3, perMinute: 0.07 }, after: "MIX" },
    { key: "PAD", stage: "Livraison", name: "Livraison PAD et éléments", duration: MILESTONE, after: "QC;SME;AD;VI", pad: true },
  ],
};

/** Documentary (52' or 90'): long edit, archives, voice-over; little VFX, no foley or ADR. */
const DOCUMENTAIRE: StarterPlan = {
  key: "documentaire",
  label: "Documentaire (52' ou 90')",
  genres: ["Documentaire", "Doc"],
  defaultMinutes: 52,
  stages: [
    { key: "FINT", stage: "Tournage", name: "Fin de tournage", duration: MILESTONE },
    { key: "RUSH", stage: "Rushes", name: "Ingest, sauvegarde et synchro des rushes", duration: { days: 2 }, after: "FINT" },
    { key: "DERU", stage: "Montage image", name: "Dérushage et transcriptions", duration: { days: 2, perMinute: 0.08 }, after: "RUSH DD+1" },
    { key: "ARCH", stage: "Archives", name: "Recherche et droits des archives", duration: { perMinute: 0.3, min: 10 }, after: "DERU DD" },
    { key: "MONT", stage: "Montage image", name: "Montage image (versions de travail)", duration: { perMinute: 0.65, min: 20, max: 70 }, after: "DERU DD+3" },
    { key: "VISP", stage: "Visionnages", name: "Visionnage producteur", duration: { days: 1 }, after: "MONT" },
    { key: "RETP", stage: "Montage image", name: "Reprises après visionnage producteur", duration: { perMinute: 0.08, min: 3 }, after: "VISP" },
    { key: "VISC", stage: "Visionnages", name: "Visionnage chaîne", duration: { days: 1 }, after: "RETP" },
    { key: "NOTE", stage: "Visionnages", name: "Retour des notes de la chaîne", duration: MILESTONE, after: "VISC FD+3" },
    { key: "RETC", stage: "Montage image", name: "Reprises après notes et calage à la case", duration: { perMinute: 0.06, min: 3 }, after: "NOTE" },
    { key: "LOCK", stage: "Montage image", name: "Montage validé (fin de montage)", duration: MILESTONE, after: "RETC;ARCH FF" },
    { key: "VOIX", stage: "Son", name: "Enregistrement de la voix off", duration: { days: 1 }, after: "LOCK" },
    { key: "CONF", stage: "Image", name: "Conformation et intégration des archives HD", duration: { days: 1, perMinute: 0.03, min: 2 }, after: "LOCK" },
    { key: "ETAL", stage: "Image", name: "Étalonnage", duration: { perMinute: 0.1, min: 3 }, after: "CONF" },
    { key: "GEN", stage: "Image", name: "Génériques, titrages et synthés", duration: { days: 2 }, after: "LOCK" },
    { key: "MSON", stage: "Son", name: "Montage son", duration: { perMinute: 0.1, min: 4 }, after: "LOCK" },
    { key: "MUS", stage: "Son", name: "Montage musique", duration: { days: 1, perMinute: 0.02, min: 2 }, after: "LOCK" },
    { key: "MIX", stage: "Son", name: "Mixage", duration: { days: 1, perMinute: 0.03, min: 2 }, after: "MSON;MUS;VOIX" },
    { key: "PADF", stage: "Livraison", name: "Layback et fabrication du PAD", duration: { days: 2 }, after: "ETAL;GEN;MIX" },
    { key: "QC", stage: "Livraison", name: "Contrôle qualité et mesure de loudness", duration: { days: 1 }, after: "PADF" },
    { key: "SME", stage: "Accessibilité", name: "Sous-titrage SME", duration: { days: 1, perMinute: 0.04, min: 2 }, after: "MIX" },
    { key: "PAD", stage: "Livraison", name: "Livraison PAD", duration: MILESTONE, after: "QC;SME", pad: true },
  ],
};

/**
 * Animation: voices are recorded in pre-production and the edit is settled at the animatic, so post
 * starts from the last animated shots: final edit, voice fitting, foley, music, mix, lay-back, PAD.
 */
const ANIMATION: StarterPlan = {
  key: "animation",
  label: "Animation",
  genres: ["Animation", "Dessin animé"],
  defaultMinutes: 26,
  stages: [
    { key: "LIVR", stage: "Fabrication", name: "Livraison des derniers plans animés", duration: MILESTONE },
    { key: "MONT", stage: "Montage image", name: "Montage final et assemblage des plans", duration: { days: 2, perMinute: 0.1 }, after: "LIVR" },
    { key: "VIS", stage: "Visionnages", name: "Visionnage producteur et chaîne", duration: { days: 1 }, after: "MONT" },
    { key: "LOCK", stage: "Montage image", name: "Montage validé", duration: MILESTONE, after: "VIS FD+3" },
    { key: "COMP", stage: "Image", name: "Compositing final et étalonnage", duration: { days: 1, perMinute: 0.08, min: 2 }, after: "LOCK" },
    { key: "GEN", stage: "Image", name: "Génériques", duration: { days: 2 }, after: "LOCK" },
    { key: "VOIX", stage: "Son", name: "Calage des voix", duration: { days: 1, perMinute: 0.06, min: 2 }, after: "LOCK" },
    { key: "BRUI", stage: "Son", name: "Bruitage", duration: { days: 1, perMinute: 0.08, min: 2 }, after: "LOCK" },
    { key: "MUS", stage: "Son", name: "Composition et montage musique", duration: { days: 2, perMinute: 0.1 }, after: "MONT DD" },
    { key: "MIX", stage: "Son", name: "Mixage et version internationale", duration: { days: 1, perMinute: 0.06, min: 2 }, after: "VOIX;BRUI;MUS" },
    { key: "PADF", stage: "Livraison", name: "Lay-back son et montage du PAD", duration: { days: 2 }, after: "COMP;GEN;MIX" },
    { key: "QC", stage: "Livraison", name: "Contrôle qualité et mesure de loudness", duration: { days: 1 }, after: "PADF" },
    { key: "SME", stage: "Accessibilité", name: "Sous-titrage SME", duration: { days: 2 }, after: "MIX" },
    { key: "PAD", stage: "Livraison", name: "Livraison PAD", duration: MILESTONE, after: "QC;SME", pad: true },
  ],
};

export const STARTER_PLANS: readonly StarterPlan[] = [FICTION_TV, LONG_METRAGE, DOCUMENTAIRE, ANIMATION];
