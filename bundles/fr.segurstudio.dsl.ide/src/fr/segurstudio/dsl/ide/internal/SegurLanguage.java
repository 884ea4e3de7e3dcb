package fr.segurstudio.dsl.ide.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import com.google.inject.Injector;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.ide.SegurIdeSetup;
import fr.segurstudio.dsl.model.TextEdit;
import fr.segurstudio.dsl.model.TextServices;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.model.core.Dossier;

/**
 * The .segur language as an OSGi service: one Xtext injector (runtime and ide services), created on
 * first use. The command line and the editors get it from DS.
 */
@Component(service = DossierTexts.class)
public final class SegurLanguage implements DossierTexts {

	private volatile Injector injector;

	@Override
	public Injector injector() {
		Injector current = injector;
		if (current == null) {
			synchronized (this) {
				current = injector;
				if (current == null) {
					XtextLogging.configure();
					current = new SegurIdeSetup().createInjectorAndDoEMFRegistration();
					injector = current;
				}
			}
		}
		return current;
	}

	private TextServices services() {
		return injector().getInstance(TextServices.class);
	}

	@Override
	public Parsed parse(String text, String fileName) {
		return services().parse(text, fileName);
	}

	@Override
	public Parsed reparse(Parsed consumed, String text, String fileName) {
		return services().reparse(consumed, text, fileName);
	}

	@Override
	public ImportResult read(Path file) throws IOException {
		return services().read(file);
	}

	@Override
	public ImportResult read(Parsed parsed, String fileName) {
		return services().read(parsed, fileName);
	}

	@Override
	public String write(Dossier dossier) {
		return services().write(dossier);
	}

	@Override
	public String format(String text, String fileName) {
		return services().format(text, fileName);
	}

	@Override
	public Parsed rebind(Parsed parsed, Dossier live) {
		return services().rebind(parsed, live);
	}

	@Override
	public List<TextEdit> update(Parsed parsed) {
		return services().update(parsed);
	}
}
