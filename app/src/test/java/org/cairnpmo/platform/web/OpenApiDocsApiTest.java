package org.cairnpmo.platform.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cairnpmo.identity.CairnPrincipal;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The API documents itself: OpenAPI JSON and Swagger UI, for people who are signed in. */
class OpenApiDocsApiTest extends ApiTestSupport {

  private RequestPostProcessor signedIn() {
    UserSummary member = user(Role.MEMBER);
    return SecurityMockMvcRequestPostProcessors.user(
        new CairnPrincipal(
            member.id(),
            member.username(),
            member.displayName(),
            null,
            member.roles(),
            true,
            false,
            false));
  }

  @Test
  void an_api_client_reads_the_description_with_a_token_or_basic_and_is_refused_without()
      throws Exception {
    UserSummary member = user(Role.MEMBER);
    mvc.perform(get("/v3/api-docs").with(as(member)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.info.title").value("Cairn API"));
    mvc.perform(get("/v3/api-docs").with(httpBasic(member.username(), PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.info.title").value("Cairn API"));
    mvc.perform(get("/v3/api-docs").with(httpBasic(member.username(), "wrong-password")))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(get("/v3/api-docs").with(bearer("not-a-token")))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  @Test
  void the_openapi_description_names_the_api_its_security_and_its_endpoints() throws Exception {
    mvc.perform(get("/v3/api-docs").with(signedIn()))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.info.title").value("Cairn API"))
        .andExpect(jsonPath("$.info.version").isNotEmpty())
        .andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
        .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.scheme").value("bearer"))
        .andExpect(jsonPath("$.security[*].basicAuth").exists())
        .andExpect(jsonPath("$.security[*].bearerAuth").exists())
        .andExpect(jsonPath("$.paths['/api/v1/projects'].get.summary").isNotEmpty())
        .andExpect(jsonPath("$.paths['/api/v1/projects'].post").exists())
        .andExpect(jsonPath("$.paths['/api/v1/projects/{id}'].put").exists())
        .andExpect(jsonPath("$.paths['/api/v1/projects/{id}'].patch").exists())
        .andExpect(jsonPath("$.paths['/api/v1/projects/{id}'].delete").doesNotExist())
        .andExpect(jsonPath("$.paths['/api/v1/projects/{id}/history'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/departments/{id}'].put").exists())
        .andExpect(jsonPath("$.paths['/api/v1/users/me'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/users/me'].get.parameters").doesNotExist())
        .andExpect(jsonPath("$.paths['/api/v1/users/me'].get.requestBody").doesNotExist())
        .andExpect(jsonPath("$..parameters[?(@.schema['$ref'] =~ /.*CurrentUser.*/)]").isEmpty())
        .andExpect(jsonPath("$.paths['/api/v1/users'].get").exists())
        .andExpect(jsonPath("$.tags[*].name", hasItem("Projects")))
        .andExpect(
            jsonPath(
                    "$.paths['/api/v1/projects'].get.parameters[?(@.name == 'page')].schema.default")
                .value(contains(0)))
        .andExpect(
            jsonPath(
                    "$.paths['/api/v1/projects'].get.parameters[?(@.name == 'size')].schema.default")
                .value(contains(20)))
        .andExpect(
            jsonPath(
                    "$.paths['/api/v1/projects/{projectId}/actuals'].get.parameters[?(@.name =="
                        + " 'size')].description")
                .value(contains("Page size, 1 to 200")))
        .andExpect(
            jsonPath(
                    "$.paths['/api/v1/projects/{projectId}/actuals'].get.parameters[?(@.name =="
                        + " 'size')].schema.default")
                .value(contains(50)))
        .andExpect(jsonPath("$..parameters[?(@.schema['$ref'] =~ /.*PageQuery.*/)]").isEmpty())
        .andExpect(
            jsonPath("$.paths['/api/v1/projects/{projectId}/budget'].get.operationId")
                .value("getBudget"))
        .andExpect(
            jsonPath("$.paths['/api/v1/projects/{projectId}/budget'].put.operationId")
                .value("putBudget"))
        .andExpect(
            jsonPath("$.paths['/api/v1/projects/{projectId}/progress'].get.operationId")
                .value("getProgress"))
        .andExpect(
            jsonPath("$.paths['/api/v1/projects/{projectId}/progress'].put.description")
                .value("Needs the budget's version you read in If-Match or 'version'."))
        .andExpect(
            jsonPath("$.paths['/api/v1/projects/{id}'].get.responses.default.content")
                .value(org.hamcrest.Matchers.hasKey("application/problem+json")));
  }

  @Test
  void swagger_ui_is_served_to_people_who_are_signed_in() throws Exception {
    var signedIn = signedIn();
    mvc.perform(get("/swagger-ui.html").with(signedIn))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", containsString("/swagger-ui/index.html")));
    mvc.perform(get("/swagger-ui/index.html").with(signedIn))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
  }

  @Test
  void anonymous_visitors_are_sent_to_sign_in() throws Exception {
    mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
    mvc.perform(get("/swagger-ui.html"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
  }
}
