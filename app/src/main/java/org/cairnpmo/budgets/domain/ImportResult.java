package org.cairnpmo.budgets.domain;

import java.math.BigDecimal;

/** What a successful import stored: every row of the file, in one transaction. */
public record ImportResult(String fileName, int imported, BigDecimal total) {}
