// What the audit log records: every write of the admin area, named here once. The key is stored
// in AuditEvent.action; the label is what /admin/registro shows and filters by.

export const AUDIT_ACTIONS = {
  "practice.create": "Scheda creata",
  "practice.update": "Scheda modificata",
  "practice.status": "Stato della scheda cambiato",
  "practice.restore": "Versione ripristinata",
  "practice.draft": "Modifiche salvate come bozza",
  "practice.publish": "Modifiche pubblicate",
  "practice.schedule": "Pubblicazione programmata",
  "practice.bulk-status": "Cambio di stato in blocco",
  "practice.export": "Schede esportate",
  "practice.delete-samples": "Schede illustrative eliminate",
  "import.commit": "Importazione confermata",
  "term.create": "Voce aggiunta",
  "term.update": "Voce modificata",
  "term.rename": "Voce rinominata",
  "term.merge": "Voci unite",
  "term.delete": "Voce eliminata",
  "term.undo": "Modifica di vocabolario annullata",
  "synonym.create": "Sinonimo aggiunto",
  "synonym.update": "Sinonimo modificato",
  "synonym.delete": "Sinonimo eliminato",
  "entity.update": "Ente modificato",
  "submission.publish": "Segnalazione pubblicata",
  "submission.reject": "Segnalazione non pubblicata",
  "replication.approve": "Replica approvata",
  "follow-up.approve": "Aggiornamento approvato",
  "follow-up.create": "Aggiornamento scritto dalla redazione",
  "user.invite": "Utente invitato",
  "user.invite-revoke": "Invito revocato",
  "user.create": "Utente creato",
  "user.role": "Ruolo cambiato",
  "user.active": "Account attivato o disattivato",
  "user.password": "Password cambiata",
  "session.end": "Uscita dall'area riservata",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
export const AUDIT_ACTION_KEYS = Object.keys(AUDIT_ACTIONS) as AuditAction[];

export const AUDIT_TARGETS = {
  practice: "Scheda",
  import: "Importazione",
  term: "Voce di vocabolario",
  synonym: "Sinonimo di ricerca",
  entity: "Ente",
  submission: "Segnalazione",
  user: "Utente",
  session: "Sessione",
} as const;

export type AuditTargetType = keyof typeof AUDIT_TARGETS;
export const AUDIT_TARGET_KEYS = Object.keys(AUDIT_TARGETS) as AuditTargetType[];

/** Term changes an administrator can undo from the log. */
export const UNDOABLE_ACTIONS: ReadonlySet<string> = new Set<AuditAction>(["term.merge", "term.rename", "term.update"]);
