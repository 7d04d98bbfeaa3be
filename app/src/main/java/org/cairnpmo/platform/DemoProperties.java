package org.cairnpmo.platform;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Demo mode. {@code enabled} loads the Northwind Industries demo organization at start (demo users
 * have the well-known password {@code demo}: never switch this on for real data). {@code projects}
 * adds that many synthetic projects on top, for scale tests, {@code people} that many people to the
 * resource pool, staffed on them, and {@code documents} that many documents of about five pages to
 * the archive, for the search benchmark. In the platform because every module that fills demo data
 * (or, like the first administrator, behaves differently in demo mode) reads it.
 */
@Validated
@ConfigurationProperties(prefix = "cairn.demo")
public record DemoProperties(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("0") @PositiveOrZero int projects,
    @DefaultValue("0") @PositiveOrZero int people,
    @DefaultValue("0") @PositiveOrZero int documents) {}
