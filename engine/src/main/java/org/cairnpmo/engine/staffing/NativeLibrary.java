package org.cairnpmo.engine.staffing;

import com.google.ortools.Loader;

/** Loads the OR-Tools native library once (OR-Tools' loader is itself safe to call again). */
final class NativeLibrary {

  private static boolean loaded;

  private NativeLibrary() {}

  static synchronized void ensureLoaded() {
    if (!loaded) {
      Loader.loadNativeLibraries();
      loaded = true;
    }
  }
}
