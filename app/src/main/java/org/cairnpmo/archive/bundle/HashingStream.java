package org.cairnpmo.archive.bundle;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One entry of a ZIP being written: counts and hashes what passes, and never closes the ZIP under
 * it (a JSON writer closes what it writes to).
 */
final class HashingStream extends FilterOutputStream {

  private final MessageDigest sha;
  private long size;

  HashingStream(OutputStream out) {
    super(out);
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    sha.update((byte) b);
    size++;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    sha.update(b, off, len);
    size += len;
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }

  long size() {
    return size;
  }

  String sha256() {
    return HexFormat.of().formatHex(sha.digest());
  }
}
