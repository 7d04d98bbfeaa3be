package org.cairnpmo.archive.bundle;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredBundleRepository extends JpaRepository<StoredBundle, Long> {}
