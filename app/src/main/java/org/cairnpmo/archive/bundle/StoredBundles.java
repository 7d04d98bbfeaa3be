package org.cairnpmo.archive.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import org.cairnpmo.archive.domain.BlobStore;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bundles kept in the archive: made from a closed project into a temporary file (hashed as it is
 * written), then stored in the blob store with their record in one transaction; listed and
 * downloaded again by the PMO.
 */
@Service
public class StoredBundles {

  public static final Sort ORDER = Sort.by(Sort.Direction.DESC, "storedAt", "id");

  private final StoredBundleRepository bundles;
  private final BundleWriter writer;
  private final BlobStore blobs;
  private final ProjectsApi projects;
  private final Clock clock;

  StoredBundles(
      StoredBundleRepository bundles,
      BundleWriter writer,
      BlobStore blobs,
      ProjectsApi projects,
      Clock clock) {
    this.bundles = bundles;
    this.writer = writer;
    this.blobs = blobs;
    this.projects = projects;
    this.clock = clock;
  }

  @Transactional
  public StoredBundleView store(long projectId, CurrentUser by) {
    ProjectView project = BundleAccess.closedProject(projects, projectId, by);
    Path temp = null;
    try {
      temp = Files.createTempFile("cairn-bundle-", ".zip");
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
        writer.write(projectId, by, out);
      }
      long size = Files.size(temp);
      String key = UUID.randomUUID().toString();
      blobs.put(key, temp, size);
      return bundles
          .save(
              new StoredBundle(
                  project.id(),
                  project.code(),
                  project.name(),
                  BundleWriter.fileName(project),
                  size,
                  HexFormat.of().formatHex(sha.digest()),
                  key,
                  by.username(),
                  clock.instant()))
          .view();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // A temporary file: it goes with the system's next clean-up.
        }
      }
    }
  }

  @Transactional(readOnly = true)
  public Page<StoredBundleView> list(Pageable page, CurrentUser viewer) {
    BundleAccess.requireArchivist(viewer);
    return bundles.findAll(page).map(StoredBundle::view);
  }

  @Transactional(readOnly = true)
  public StoredBundleView bundle(long id, CurrentUser viewer) {
    BundleAccess.requireArchivist(viewer);
    return bundles.findById(id).map(StoredBundle::view).orElseThrow(() -> notFound(id));
  }

  /** Writes the stored bundle's bytes to {@code out}. */
  @Transactional(readOnly = true)
  public void copy(long id, CurrentUser viewer, OutputStream out) {
    BundleAccess.requireArchivist(viewer);
    StoredBundle bundle = bundles.findById(id).orElseThrow(() -> notFound(id));
    blobs.copyTo(bundle.getBlobKey(), out);
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("Stored bundle", id);
  }
}
