package org.cairnpmo.onboarding.domain;

/** What an applied import did: every row, in one transaction. */
public record ImportSummary(
    ImportKind kind, String fileName, int rows, int created, int updated, int unchanged) {}
