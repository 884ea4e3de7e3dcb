package fr.segurstudio.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.json.AspImporter;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.validation.DossierValidator;

/**
 * {@code releng/scripts/bench.sh [json] [import] [validation] [text] [couloirs] [csv]}: prints figures; asserts nothing
 * (timings belong here, not in tests). {@code import} is the import cases alone, {@code csv} the spreadsheet import run as a
 * user runs it (all but these two when none is named); {@code couloirs}, a couloir dropped as data against the same compiled.
 */
public final class BenchApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> which = args == null || args.length == 0 ? List.of("json", "validation", "text", "couloirs") : List.of(args);
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
		CouloirRegistry registry = service(bundleContext, CouloirRegistry.class);
		Couloir bio = registry.couloir("BIO-SGL").orElseThrow();
		if (which.contains("json")) {
			JsonBench.run(bio, service(bundleContext, AspImporter.class), out);
		}
		if (which.contains("import")) {
			JsonBench.runImport(bio, service(bundleContext, AspImporter.class), out);
		}
		if (which.contains("validation")) {
			ValidationBench.run(bio, registry, service(bundleContext, DossierValidator.class), service(bundleContext, AspImporter.class), out);
		}
		if (which.contains("csv")) {
			CsvBench.run(out);
		}
		if (which.contains("couloirs")) {
			CouloirBench.run(bio, out);
		}
		if (which.contains("text")) {
			TextBench.run(bio, service(bundleContext, DossierTexts.class), service(bundleContext, DossierValidator.class), out);
		}
		return IApplication.EXIT_OK;
	}

	private static <T> T service(BundleContext context, Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
		if (service == null) {
			throw new IllegalStateException("no service " + type.getName());
		}
		return service;
	}

	@Override
	public void stop() {
		// runs to completion
	}
}
