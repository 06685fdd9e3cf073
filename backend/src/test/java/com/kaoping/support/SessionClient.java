package com.kaoping.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A client that behaves like the browser: form sign-in, the session cookie, the CSRF token echoed from XSRF-TOKEN;
 * optionally as a client behind the trusted local proxy ({@code X-Forwarded-For}), so that tests of per-address
 * sign-in throttling have addresses of their own.
 */
public final class SessionClient {

    private final String base;
    private final String forwardedFor;
    private final CookieManager cookies;
    private final HttpClient http;

    public SessionClient(int port, String forwardedFor) {
        this(port, forwardedFor, new CookieManager());
    }

    private SessionClient(int port, String forwardedFor, CookieManager cookies) {
        this.base = "http://localhost:" + port;
        this.forwardedFor = forwardedFor;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** The same browser talking to another node behind the load balancer: same cookies, other port. */
    public SessionClient onPort(int port) {
        return new SessionClient(port, forwardedFor, cookies);
    }

    /** Loads the page (for the CSRF cookie) and signs in; the status of {@code POST /api/login}. */
    public HttpResponse<String> signIn(String username, String password) {
        send(request("/").GET());
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(request("/api/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A JSON write with the CSRF token, as the page sends it (a sign-in replaces the token: fetch a fresh one). */
    public HttpResponse<String> write(String method, String path, String json) {
        if (csrfToken().isEmpty()) {
            send(request("/").GET());
        }
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrfToken())
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    public HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().get(URI.create(base)).stream()
                .filter(c -> c.getName().equals(name))
                .findFirst();
    }

    public String csrfToken() {
        return cookie("XSRF-TOKEN").map(HttpCookie::getValue).orElse("");
    }
}
