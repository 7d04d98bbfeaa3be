/** Shared test fixtures. */
package org.cairnpmo.support;
