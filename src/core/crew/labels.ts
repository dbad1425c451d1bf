/**
 * The French wording the sheets show around the payroll figures. Every sheet that shows an amount of
 * this engine says it is an estimate: the payroll provider issues the payslips.
 */

export const PAYROLL_DISCLAIMER =
  "Estimation Cap PAD pour le budget et la vérification des bulletins du prestataire de paie : ce n'est pas un bulletin de paie.";

export const PAY_ITEMS_DISCLAIMER =
  "Éléments variables préparés par Cap PAD à partir des séances : montants estimés, à contrôler par le prestataire de paie ; ce document n'est pas un bulletin de paie.";

export const ATTENDANCE_TITLE = "Fiche de présence";

export const ATTENDANCE_NOTE =
  "Heures de travail effectif relevées d'après les bons de séance. Document à signer par le salarié et l'employeur ; ce n'est pas un bulletin de paie.";

export const SIGNATURE_LABELS = ["Signature du salarié", "Signature de l'employeur (ou de son représentant)"] as const;

export const PAYSLIP_CHECK_NOTE =
  "Comparaison des montants du bulletin du prestataire avec l'estimation Cap PAD ; un écart signale un point à vérifier, pas une erreur certaine.";

export const EMPLOYER_COST_NOTE = "Coût employeur estimé avec les taux datés du tableau Taux : une estimation, pas un bulletin de paie.";

export const WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"] as const;

/** The month's French name, shared with the task pane (core/dates/civil). */
export { monthLabel } from "../dates/civil";
