/**
 * Rules of the rushes log that are practice, not law, kept as data.
 *
 * Two backups on two distinct media before a card is wiped: the practice of data wranglers and
 * assistant editors (the `Rushes` table has one column per backup). Storage to provision is
 * the rushes' volume once per backup.
 */
export const RUSH_BACKUP_COPIES = 2;

/**
 * Words of `Taches[Tâche]` that mark the picture edit whose planned start the last rushes must precede
 * (the demo plan's "Montage image"); without such a task, the earliest task of stage `Montage`.
 */
export const EDITING_TASK_WORDS: readonly string[] = ["montage image", "montage images", "montage de l'image"];
export const EDITING_STAGE = "Montage";
