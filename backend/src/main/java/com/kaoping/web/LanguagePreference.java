package com.kaoping.web;

import java.util.Optional;

/**
 * The signed-in user's own choice of language (a language tag), asked when a request names no language of
 * Kaoping's in its {@code Accept-Language}. Implemented where the preferences live.
 */
public interface LanguagePreference {

    Optional<String> ofCurrentUser();
}
