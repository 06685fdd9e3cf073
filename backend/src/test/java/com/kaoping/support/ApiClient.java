package com.kaoping.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small JSON-over-HTTP client for integration tests, speaking as one user with HTTP Basic. */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String authorization;
    private final ObjectMapper json;
    private String language;

    ApiClient(String base, String username, String password, ObjectMapper json) {
        this.base = base;
        this.json = json;
        this.authorization = username == null
                ? null
                : "Basic "
                        + Base64.getEncoder()
                                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private ApiClient(String base, String authorization, ObjectMapper json) {
        this.base = base;
        this.json = json;
        this.authorization = authorization;
    }

    /** A client that sends {@code Authorization: Bearer <token>} (a personal API token). */
    static ApiClient bearer(String base, String token, ObjectMapper json) {
        return new ApiClient(base, "Bearer " + token, json);
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Sends {@code Accept-Language} from now on (null: none, the server's default then applies). */
    public ApiClient language(String acceptLanguage) {
        this.language = acceptLanguage;
        return this;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(json(body)));
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
    }

    private HttpRequest.BodyPublisher json(Object body) {
        String text = body instanceof String s ? s : write(body);
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    public Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response =
                    HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), json, response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return builder;
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Status and body; {@link #json()} parses the body. */
    public record Response(int status, String body, ObjectMapper mapper, java.net.http.HttpHeaders headers) {

        public Response(int status, String body, ObjectMapper mapper) {
            this(status, body, mapper, java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true));
        }

        public JsonNode json() {
            try {
                return mapper.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
