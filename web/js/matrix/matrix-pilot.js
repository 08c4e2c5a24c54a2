// "Make pilot" on an accepted matrix item: asks the server to copy the item into a pilot
// candidate (POST /api/pilots, docs/API.md) and opens the pilot page. An item that already is a
// pilot is opened with this board's facilitator token, which the server accepts for it.

/** Converts the item and navigates to the pilot; calls fail(message) when the server refuses. */
export async function makePilot(boardId, token, itemId, fail) {
  let res;
  try {
    res = await fetch('/api/pilots', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ matrixBoardId: boardId, itemId }),
    });
  } catch (e) {
    fail(String(e.message || e));
    return;
  }
  const body = await res.json().catch(() => ({}));
  if (res.status === 201) {
    window.location.assign(body.links.editor);
  } else if (res.status === 409 && body.pilotId) {
    window.location.assign(`/p/${encodeURIComponent(body.pilotId)}#t=${encodeURIComponent(token)}`);
  } else {
    fail(body.message || String(res.status));
  }
}
