import { useBraid } from '../store';

export function Notices() {
  const notices = useBraid((s) => s.notices);
  const dismiss = useBraid((s) => s.dismiss);
  return (
    <div className="notices" aria-live="assertive">
      {notices.map((notice) => (
        <div key={notice.id} className="notice" data-tone={notice.tone} role={notice.tone === 'error' ? 'alert' : 'status'}>
          <div>{notice.message}</div>
          {notice.details && notice.details.length > 0 && (
            <ul>
              {notice.details.slice(0, 8).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <div style={{ display: 'flex', gap: 8, marginTop: 6, justifyContent: 'flex-end' }}>
            {notice.action && (
              <button
                className="button small"
                onClick={() => {
                  notice.action?.run();
                  dismiss(notice.id);
                }}
              >
                {notice.action.label}
              </button>
            )}
            <button className="button small" onClick={() => dismiss(notice.id)}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
