// Turns an ApiError into what a form shows: a 400's message next to the field it names, anything else on top.

/** { fields: { name: message }, general: message|null } */
export function formErrors(e, knownFields) {
  if (e && e.status === 400 && e.field && knownFields.includes(e.field)) {
    return { fields: { [e.field]: e.detail || e.message }, general: null };
  }
  return { fields: {}, general: (e && (e.detail || e.message)) || String(e) };
}
