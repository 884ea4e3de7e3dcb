package fr.segurstudio.workspace.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.preferences.InstanceScope;

import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.Services;
import fr.segurstudio.workspace.DossierSummaries;
import fr.segurstudio.workspace.ProblemMarkers;
import fr.segurstudio.workspace.WorkspaceValidation;

/** A real workspace with the product's auto refresh, and folders of golden files outside it. */
final class WorkspaceFixture {

	static final long TIMEOUT_MS = 30_000;

	private WorkspaceFixture() {
	}

	/** Auto refresh on, as the product's plugin_customization.ini sets it; the validation service started. */
	static void start() {
		InstanceScope.INSTANCE.getNode(ResourcesPlugin.PI_RESOURCES).putBoolean(ResourcesPlugin.PREF_AUTO_REFRESH, true);
		InstanceScope.INSTANCE.getNode(ResourcesPlugin.PI_RESOURCES).putBoolean(ResourcesPlugin.PREF_LIGHTWEIGHT_AUTO_REFRESH, true);
		ResourcesPlugin.getWorkspace();
		Services.get(WorkspaceValidation.class);
	}

	static DossierSummaries summaries() {
		return Services.get(DossierSummaries.class);
	}

	/** A folder holding the golden files, JSON and .segur. */
	static Path goldenFolder(Path parent, String name) throws IOException {
		Path dir = Files.createDirectories(parent.resolve(name));
		for (Golden golden : Golden.all()) {
			Files.write(dir.resolve(golden.fileName()), golden.bytes());
			Files.writeString(dir.resolve(golden.segurFileName()), golden.segurText());
		}
		return dir;
	}

	static List<IMarker> markers(IFile file) {
		try {
			return file.exists() ? Arrays.asList(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) : List.of();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	static IMarker marker(IFile file, String code) {
		return markers(file).stream().filter(m -> code.equals(m.getAttribute(ProblemMarkers.CODE, ""))).findFirst().orElse(null);
	}

	/** Waits for a condition (auto refresh, then the debounced validation job). */
	static <T> T waitFor(String what, Supplier<T> condition) {
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (System.currentTimeMillis() < end) {
			T value = condition.get();
			if (value != null && !Boolean.FALSE.equals(value)) {
				return value;
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return fail("timed out after " + TIMEOUT_MS + " ms waiting for " + what);
	}
}
