package com.kaoping.notification.internal;

/** A row of kp_user_preference: where and in which language a user gets mail, if at all. */
class PreferenceRow {
    String username;
    String email;
    String language;
    boolean mailEnabled;

    static PreferenceRow defaults(String username) {
        PreferenceRow row = new PreferenceRow();
        row.username = username;
        row.language = PreferenceController.LANGUAGES.get(0);
        row.mailEnabled = true;
        return row;
    }

    PreferencesView toView() {
        return new PreferencesView(email, language, mailEnabled);
    }

    /** What GET and PUT /api/me/preferences show. */
    record PreferencesView(String email, String language, boolean mailNotifications) {}
}
