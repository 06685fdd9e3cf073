package com.kaoping.web.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at /v3/api-docs (Swagger UI at /swagger-ui.html): sign-in schemes, and on every
 * operation of /api the RFC 9457 problem details it may answer with (ProblemDetailsAdvice renders them).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocumentation {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI kaopingOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info()
                        .title("Kaoping API")
                        .description("Quarterly quantitative assessment of Party branches. JSON under /api; errors"
                                + " are RFC 9457 problem details, a 400 names the offending entry in `field`.")
                        .version(properties == null ? "dev" : properties.getVersion())
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic"))
                        .addSecuritySchemes(
                                "session",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("JSESSIONID")
                                        .description("Form sign-in at POST /api/login; CSRF token from the XSRF-TOKEN"
                                                + " cookie sent back as X-XSRF-TOKEN")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("session"));
    }

    /** Every API operation may be refused or fail in the same few ways; each is a problem detail. */
    @Bean
    OpenApiCustomizer problemResponses() {
        Map<String, String> errors = Map.of(
                "400", "Invalid input; `field` names the offending entry",
                "401", "Not signed in",
                "403", "Signed in, but not allowed to do this to this object",
                "404", "No such object, or not visible to the caller",
                "409", "Conflicts with the object's state (e.g. a locked result)",
                "500", "Unexpected error; logged under the request id");
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().forEach((path, item) -> {
                if (!path.startsWith("/api/")) {
                    return;
                }
                item.readOperations()
                        .forEach(operation -> errors.forEach((status, description) -> {
                            if (operation.getResponses() != null
                                    && !operation.getResponses().containsKey(status)) {
                                operation.getResponses().addApiResponse(status, problem(description));
                            }
                        }));
            });
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(
                        new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid input"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("findings[0].count must be at least 0"))
                .addProperty("instance", new StringSchema().example("/api/tasks/42/complete"))
                .addProperty(
                        "field",
                        new StringSchema()
                                .description("400 only: the offending entry")
                                .example("findings[0].count"))
                .addProperty("requestId", new StringSchema().description("also the X-Request-Id response header"));
    }
}
