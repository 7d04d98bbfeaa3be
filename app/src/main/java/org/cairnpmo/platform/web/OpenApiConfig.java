package org.cairnpmo.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Objects;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description at {@code /v3/api-docs} and Swagger UI at {@code /swagger-ui.html}: every
 * call authenticates with HTTP Basic or a personal access token, answers JSON, and fails with RFC
 * 9457 problem+json.
 */
@Configuration
class OpenApiConfig {

  static final String BASIC = "basicAuth";
  static final String BEARER = "bearerAuth";
  private static final String PROBLEM = "Problem";

  @Bean
  OpenAPI cairnOpenApi() {
    String version =
        Objects.requireNonNullElse(
            OpenApiConfig.class.getPackage().getImplementationVersion(), "development");
    return new OpenAPI()
        .info(
            new Info()
                .title("Cairn API")
                .version(version)
                .description(
                    "The JSON API of Cairn, the open-source PMO platform. Sign in with HTTP Basic"
                        + " or a personal access token (Authorization: Bearer cairn_...), created"
                        + " on your profile page. Lists are paged (page from 0, size at most 200)."
                        + " Updates name the version they edited, in If-Match (the ETag of your"
                        + " GET) or in the body's 'version'; a stale version answers 409. Errors"
                        + " are RFC 9457 problem+json, with 'errors' [{field, message}] for"
                        + " invalid input.")
                .license(new License().name("Open source")))
        .components(
            new Components()
                .addSecuritySchemes(
                    BASIC,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("Your username and password."))
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("personal access token")
                        .description("A personal access token from your profile page."))
                .addSchemas(PROBLEM, problemSchema()))
        // Two requirements: either scheme is enough.
        .addSecurityItem(new SecurityRequirement().addList(BASIC))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }

  /** Answers are JSON (not springdoc's default any-type), and any error is problem+json. */
  @Bean
  OpenApiCustomizer problemResponses() {
    return api -> {
      if (api.getPaths() == null) {
        return;
      }
      api.getPaths().values().stream()
          .flatMap(path -> path.readOperations().stream())
          .forEach(
              operation -> {
                operation
                    .getResponses()
                    .forEach(
                        (code, response) -> {
                          Content content = response.getContent();
                          if (content != null && content.containsKey("*/*")) {
                            MediaType any = content.remove("*/*");
                            content.addMediaType(
                                code.startsWith("2")
                                    ? org.springframework.http.MediaType.APPLICATION_JSON_VALUE
                                    : org.springframework.http.MediaType
                                        .APPLICATION_PROBLEM_JSON_VALUE,
                                any);
                          }
                        });
                operation
                    .getResponses()
                    .addApiResponse(
                        "default",
                        new ApiResponse()
                            .description(
                                "An error, as RFC 9457 problem+json: 400 invalid input, 401 not"
                                    + " signed in, 403 not allowed, 404 not found (or not"
                                    + " visible to you), 409 stale version or rule, 428 version"
                                    + " missing")
                            .content(
                                new Content()
                                    .addMediaType(
                                        org.springframework.http.MediaType
                                            .APPLICATION_PROBLEM_JSON_VALUE,
                                        new MediaType()
                                            .schema(
                                                new Schema<>()
                                                    .$ref("#/components/schemas/" + PROBLEM)))));
              });
    };
  }

  private static Schema<?> problemSchema() {
    ObjectSchema fieldError = new ObjectSchema();
    fieldError.addProperty("field", new StringSchema());
    fieldError.addProperty("message", new StringSchema());
    ObjectSchema problem = new ObjectSchema();
    problem.description("RFC 9457 problem details");
    problem.addProperty("type", new StringSchema().format("uri"));
    problem.addProperty("title", new StringSchema());
    problem.addProperty("status", new IntegerSchema());
    problem.addProperty("detail", new StringSchema());
    problem.addProperty("instance", new StringSchema().format("uri"));
    problem.addProperty(
        "errors", new ArraySchema().items(fieldError).description("Invalid fields, if any"));
    return problem;
  }
}
