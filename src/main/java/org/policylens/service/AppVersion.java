package org.policylens.service;

/** The application's version, as the build writes it into the jar manifest. */
final class AppVersion {

    private AppVersion() {
    }

    /** The manifest's Implementation-Version, or "development" when running from classes (IDE, tests). */
    static String current() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "development" : version;
    }
}
