import type { ImportPreview } from '../../../shared/import';

/** What the user must know before importing, at the top of a step: no names in the file, damaged lines… */
export function ImportNotices({ preview }: { preview: ImportPreview }) {
  return (
    <>
      {preview.namesMissing && (
        <p className="import-warning import-names-missing" role="note">
          {preview.namesMissing}
        </p>
      )}
      {preview.remembered && (
        <p className="import-note import-remembered" role="note">
          This file has the same columns as one imported before: the answers given then are filled in below. Change any of them.
        </p>
      )}
      {preview.protectedLeftOut && (
        <p className="import-note import-protected" role="note">
          {preview.protectedLeftOut}
        </p>
      )}
      {preview.warnings.map((w) => (
        <p key={w} className="import-warning">
          {w}
        </p>
      ))}
    </>
  );
}
