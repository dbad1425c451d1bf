/**
 * Every failure an action can meet, said in French with what to do next. Errors are recognised by
 * their name or Office.js code (never by importing their classes: those live in chunks loaded on
 * demand, and the pane's first paint must not carry them).
 */

export interface Failure {
  /** One short sentence: what happened. */
  title: string;
  /** What the command or Excel said (already French for Cap PAD's own errors). */
  detail: string;
  /** What the user can do now. */
  todo: string;
  /** Nothing was written to the workbook (true for every refusal made before the write). */
  nothingWritten: boolean;
}

interface ErrorLike {
  name?: string;
  code?: string;
  message?: string;
}

const RELAUNCH = "Relancez l'action ; si le problème revient, enregistrez le classeur, fermez-le et rouvrez-le.";

/** Office.js error codes (`OfficeExtension.Error.code`) met by Cap PAD, with what to do. */
const OFFICE_CODES: Record<string, Omit<Failure, "detail">> = {
  ApiNotFound: {
    title: "Cette version d'Excel ne propose pas une fonction dont l'action a besoin.",
    todo: "Mettez Excel à jour (Microsoft 365) ou utilisez Excel sur le web, puis relancez.",
    nothingWritten: true,
  },
  InvalidOperationInCellEditMode: {
    title: "Une cellule est en cours de saisie.",
    todo: "Validez ou annulez votre saisie (Entrée ou Échap), puis relancez.",
    nothingWritten: true,
  },
  RequestPayloadSizeLimitExceeded: {
    title: "Le classeur est trop volumineux pour Excel sur le web en une seule fois.",
    todo: "Choisissez une seule production en haut du volet, ou ouvrez le classeur dans Excel pour Windows ou Mac.",
    nothingWritten: false,
  },
  ResponsePayloadSizeLimitExceeded: {
    title: "Le classeur est trop volumineux pour être lu par Excel sur le web en une seule fois.",
    todo: "Archivez les anciennes séances dans un autre classeur, ou ouvrez le classeur dans Excel pour Windows ou Mac.",
    nothingWritten: true,
  },
  AccessDenied: {
    title: "Excel a refusé l'écriture : une feuille est protégée ou le classeur est en lecture seule.",
    todo: "Ôtez la protection de la feuille (Révision > Ôter la protection) ou enregistrez une copie modifiable, puis relancez.",
    nothingWritten: false,
  },
  InsertDeleteConflict: {
    title: "Quelqu'un modifie le classeur en même temps.",
    todo: "Attendez quelques secondes que les modifications des autres soient enregistrées, puis relancez.",
    nothingWritten: false,
  },
  ItemNotFound: {
    title: "Une feuille ou une table a disparu pendant l'action.",
    todo: "Relancez « Vérifier et recalculer » : Cap PAD relira le classeur tel qu'il est.",
    nothingWritten: false,
  },
  ItemAlreadyExists: {
    title: "Un nom de feuille, de table ou de nom défini est déjà pris dans le classeur.",
    todo: "Renommez la feuille ou la table en conflit (son nom est dans le message ci-dessous), puis relancez.",
    nothingWritten: false,
  },
  GeneralException: { title: "Excel a refusé l'opération sans en dire plus.", todo: RELAUNCH, nothingWritten: false },
};

/** Cap PAD's own errors: their message is already French and precise; this adds what to do. */
const NAMED: Record<string, Omit<Failure, "detail">> = {
  // The browser could not read the chosen file (moved, deleted, no permission): File.arrayBuffer's DOMException.
  NotReadableError: {
    title: "Le fichier choisi n'a pas pu être lu.",
    todo: "Vérifiez qu'il existe toujours et que vous avez le droit de l'ouvrir, puis choisissez-le à nouveau.",
    nothingWritten: true,
  },
  RowsChangedError: {
    title: "Le classeur a changé pendant le calcul (lignes ajoutées, supprimées ou triées, peut-être par un co-auteur).",
    todo: "Relancez simplement l'action : Cap PAD relira le classeur tel qu'il est maintenant.",
    nothingWritten: true,
  },
  PatchRefusedError: {
    title: "Cap PAD a refusé d'écrire, pour ne rien abîmer de ce que vous avez saisi.",
    todo: "Rien n'a été écrit. Si le message parle de cellules sous une table, déplacez-les ; sinon signalez ce message à l'équipe Cap PAD.",
    nothingWritten: true,
  },
  UnusableFileError: {
    title: "Ce fichier ne peut pas être utilisé.",
    todo: "Ouvrez un classeur Excel .xlsx (Fichier > Enregistrer sous > Classeur Excel, sans mot de passe).",
    nothingWritten: true,
  },
  UnusableWorkbookError: {
    title: "Ce classeur ne contient pas encore de tables Cap PAD.",
    todo: "Dans la section Modèles, créez un classeur complet ou insérez le modèle dont vous avez besoin.",
    nothingWritten: true,
  },
  SheetNotFoundError: {
    title: "La feuille de cette alerte n'existe plus.",
    todo: "Relancez « Vérifier et recalculer » pour mettre la liste des alertes à jour.",
    nothingWritten: true,
  },
  ChunkLoadError: {
    title: "Une partie de Cap PAD n'a pas pu être chargée.",
    todo: "Vérifiez la connexion au serveur de Cap PAD, puis fermez et rouvrez le volet.",
    nothingWritten: true,
  },
};

export function describeFailure(e: unknown): Failure {
  const err: ErrorLike = typeof e === "object" && e !== null ? (e as ErrorLike) : { message: String(e) };
  const detail = (err.message ?? String(e)).trim();
  const known = (err.name && NAMED[err.name]) || (err.code && OFFICE_CODES[err.code]);
  if (known) return { ...known, detail };
  // A script that fails to load from the server (webpack names it ChunkLoadError, a bare import an Error).
  if (/Loading (CSS )?chunk|Failed to fetch dynamically imported module|Importing a module script failed/i.test(detail)) return { ...NAMED.ChunkLoadError, detail };
  return {
    title: "L'action s'est arrêtée sur une erreur inattendue.",
    detail,
    todo: `Vérifiez le classeur. ${RELAUNCH}`,
    nothingWritten: false,
  };
}
