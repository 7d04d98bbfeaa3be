package org.cairnpmo.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.domain.SsoRuleForm;
import org.cairnpmo.identity.domain.SsoRuleView;
import org.cairnpmo.identity.domain.SsoRules;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Single sign-on rules",
    description =
        "Administrators only. What a claim of an OpenID Connect provider gives a person who signs in"
            + " through it: a global role and/or a department, applied at every sign-in.")
@RestController
@RequestMapping("/api/v1/sso-rules")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SsoRuleApiController {

  private final SsoRules rules;

  @Operation(operationId = "listSsoRules", summary = "All single sign-on rules, oldest first")
  @GetMapping
  List<SsoRuleView> list() {
    return rules.all();
  }

  @Operation(operationId = "getSsoRule", summary = "One rule; its ETag is its version")
  @GetMapping("/{id}")
  ResponseEntity<SsoRuleView> get(@PathVariable long id) {
    return VersionedResponses.ok(rules.get(id));
  }

  @Operation(
      operationId = "createSsoRule",
      summary = "Add a rule",
      description =
          "A claim name, the value it must have (or contain), and a role, a department"
              + " or both.")
  @PostMapping
  ResponseEntity<SsoRuleView> create(@RequestBody SsoRuleForm form) {
    return VersionedResponses.created(rules.create(form));
  }

  @Operation(
      operationId = "updateSsoRule",
      summary = "Change a rule",
      description = "Name the version you edited in If-Match (its ETag) or in 'version'.")
  @PutMapping("/{id}")
  ResponseEntity<SsoRuleView> update(
      @PathVariable long id, IfMatch ifMatch, @RequestBody SsoRuleForm form) {
    return ifMatch.changed(form.version(), expected -> rules.update(id, expected, form));
  }

  @Operation(
      operationId = "deleteSsoRule",
      summary = "Remove a rule",
      description = "Name the version you saw in If-Match or in 'version'.")
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(
      @PathVariable long id, IfMatch ifMatch, @RequestParam(required = false) Long version) {
    rules.delete(id, ifMatch.expected(version));
    return ResponseEntity.noContent().build();
  }
}
