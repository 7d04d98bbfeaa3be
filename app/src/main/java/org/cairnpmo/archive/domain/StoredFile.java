package org.cairnpmo.archive.domain;

import jakarta.persistence.Embeddable;

/**
 * A version's file: the name it was uploaded under, its type as detected from its content, its size
 * and SHA-256, and the key of its bytes in the {@link BlobStore}.
 */
@Embeddable
public record StoredFile(
    String fileName, String contentType, long sizeBytes, String sha256, String blobKey) {}
