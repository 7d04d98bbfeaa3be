/**
 * Cross-cutting conventions every capability shares: error model (RFC 9457), paging, the web
 * shell's layout and flash messages, and printable documents ({@code documents}: one PDF renderer
 * with an embedded Unicode font, and the cell styles of the spreadsheets).
 *
 * <p>In {@code web}, the one way each module's controllers do the same things: an API view that
 * implements {@link org.cairnpmo.platform.Versioned} is answered with its ETag by {@code
 * VersionedResponses} ({@code ok}, {@code created}, {@code changed} for an update that names the
 * version it edited, {@code below} for the address of a new entry), and an action whose body only
 * names the version takes a {@code VersionBody} (any {@code VersionNamed}) through {@code IfMatch};
 * lists are paged by {@code Paging}, and an API list takes the page asked for as a {@code
 * PageQuery}; problem+json answers are built by {@code Problems}, downloads by {@code Attachments};
 * a page's form extends {@code EditForm} and reads its typed text through {@code FormInput}.
 *
 * <p>Time comes from the one {@link java.time.Clock} bean of {@code ClockConfig}: code asks it for
 * the instant or today's date rather than calling {@code now()}, and entities are handed the
 * instant by their services. Records stamp who created and last changed them with the embeddable
 * {@code AuditStamp} (read through {@code Audited}), or {@code LastChange} where a table keeps only
 * the last change; a record people edit extends {@code EditableRecord}, which holds the stamp and
 * the version for optimistic locking.
 *
 * <p>{@code PastRecords} marks the thread that writes a closed project's past (the demo, an
 * imported archive bundle): the register's freeze lets it through, and nothing a page or the API
 * reaches opens it.
 *
 * <p>In {@code search}, what every full-text index shares (Hibernate Search, embedded Lucene): the
 * analyzers of {@code SearchAnalysis}, so that every module's search cuts words the same way; the
 * common fields of the search across Cairn, declared once by {@code SearchRecordMapping} for every
 * entity that gives its {@code SearchEntry}, and {@code SearchProse} for a text indexed stemmed and
 * as whole words; and {@code SearchIndex}, which rebuilds the indexes from the database (at start
 * where an index is empty, and on an administrator's request).
 *
 * <p>In {@code history}, the change log of every record people edit: an entity marked
 * {@code @KeepsHistory} has each change written field by field, in its own transaction, by
 * Hibernate listeners; pages show it with {@code HistoryPanel} and the shared fragment, the API at
 * {@code /api/v1/history}, each module saying who sees its kinds ({@code HistoryAccess}, {@code
 * HistoryRules}); work without a signed-in person names itself ({@code AutomaticWork}) and people
 * are shown by their display names ({@code PeopleNames}, implemented by identity); an archive
 * bundle's import restores a record's log under its new id ({@code RecordHistory.restore}). In
 * {@code audit}, the administrators' audit log of security events and exports of confidential data
 * ({@code AuditLog}). See {@code docs/history.md}.
 *
 * <p>In {@code backup}, the backup of the embedded H2 database while Cairn runs, by an
 * administrator (the API and {@code /admin/backups}) or on {@code cairn.backup.schedule}, keeping
 * the newest {@code cairn.backup.keep} scheduled ones, and its restore into an empty database at
 * start ({@code docs/backup.md}).
 */
@ApplicationModule(
    displayName = "Platform",
    type = ApplicationModule.Type.OPEN,
    allowedDependencies = {})
package org.cairnpmo.platform;

import org.springframework.modulith.ApplicationModule;
