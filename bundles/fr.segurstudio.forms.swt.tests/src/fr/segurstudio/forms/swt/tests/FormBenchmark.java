package fr.segurstudio.forms.swt.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import fr.segurstudio.couloir.bio.BeneficiairesBio;
import fr.segurstudio.couloir.mdv.BeneficiairesMdv;
import fr.segurstudio.forms.FormContext;
import fr.segurstudio.forms.swt.FormHandle;
import fr.segurstudio.forms.swt.FormOptions;
import fr.segurstudio.forms.view.View;
import fr.segurstudio.model.command.MergingCommandStack;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.dossier.NumerosEditeur;

/**
 * Figures, not a timed test: {@code ./build.sh verify -pl ... -Dsegur.forms.bench=true} prints them (and writes
 * {@code target/forms-bench.txt}). The editor shows the form of the request selected in a table of 200: what a
 * selection costs ({@link FormHandle#setInput}, the same widgets rebound, and the events it leaves: layout, paint),
 * and what rendering a request's form costs.
 */
@EnabledIfSystemProperty(named = "segur.forms.bench", matches = "true")
class FormBenchmark {

	private static final int REQUESTS = 200;
	private final List<String> lines = new ArrayList<>();

	@Test
	void figures() throws IOException {
		Display display = Display.getDefault();
		Dossier bio = dossier(Ui.SEEDS.bioDurand(), (demande, i) -> {
			BeneficiairesBio b = (BeneficiairesBio) demande.getBeneficiaires();
			b.setNomMandataire("MANDATAIRE " + i);
			if (i % 3 == 0) {
				b.getEtablissementsClients().remove(1);
			}
			if (i % 4 == 0) { // a single client: no mandataire fields
				b.setIsClientUnique(true);
				b.setNomMandataire(null);
			}
		});
		Dossier mdv = Ui.SEEDS.mdvCabinet();
		Dossier centre = Ui.SEEDS.mdvCentreDeSante();
		mdv = dossier(mdv, (demande, i) -> {
			if (i % 2 == 1) { // every other request a structure: the doctors' table and the structure swap places
				demande.setBeneficiaires(EcoreUtil.copy(centre.getDemandes().get(0).getBeneficiaires()));
			}
			((BeneficiairesMdv) demande.getBeneficiaires()).setTelephoneMandataire("01020304" + i % 100);
		});

		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 900, 1000);
		shell.open();

		render(display, shell, bio, "BIO-SGL");
		switches(display, shell, bio, "BIO-SGL, 200 requests (some with one client, some without mandataire)");
		switches(display, shell, mdv, "MDV-LGC, 200 requests alternating LIBERAL / STRUCTURE");
		shell.dispose();
		lines.forEach(System.out::println);
		Files.write(Path.of("target", "forms-bench.txt"), lines);
	}

	private interface Variation {
		void apply(Demande demande, int index);
	}

	private static Dossier dossier(Dossier seed, Variation variation) {
		Demande model = seed.getDemandes().get(0);
		for (int i = 1; i < REQUESTS; i++) {
			Demande copy = EcoreUtil.copy(model);
			copy.setNumeroEditeur(NumerosEditeur.allocate(seed));
			variation.apply(copy, i);
			seed.getDemandes().add(copy);
		}
		return seed;
	}

	private static FormHandle form(Shell shell, Dossier dossier) {
		FormContext context = new FormContext(Ui.COULOIRS, Ui.COULOIRS.couloirOf(dossier).orElseThrow());
		View view = Ui.VIEWS.view(dossier.getDemandes().get(0).eClass(), context);
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()),
				new MergingCommandStack());
		return Ui.RENDERER.render(shell, view, dossier.getDemandes().get(0), domain, FormOptions.defaults().context(context));
	}

	private void render(Display display, Shell shell, Dossier dossier, String name) {
		long[] times = new long[15];
		long[] created = new long[times.length];
		long[] withEvents = new long[times.length];
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			FormHandle form = form(shell, dossier);
			created[i] = System.nanoTime() - start;
			shell.layout(true, true);
			times[i] = System.nanoTime() - start;
			idle(display);
			withEvents[i] = System.nanoTime() - start;
			if (i == 0) {
				lines.add(String.format(Locale.ROOT, "%s form: %d widgets", name, count(form.control())));
			}
			form.dispose();
			idle(display);
		}
		lines.add(String.format(Locale.ROOT, "render %s request form: first %.1f ms; then median %.1f ms: %.1f ms to create the widgets and bind,"
				+ " the rest the first layout; %.1f ms with the paint events", name, ms(times[0]), median(Arrays.copyOfRange(times, 1, times.length)),
				median(Arrays.copyOfRange(created, 1, created.length)), median(Arrays.copyOfRange(withEvents, 1, withEvents.length))));
	}

	private void switches(Display display, Shell shell, Dossier dossier, String name) {
		FormHandle form = form(shell, dossier);
		shell.layout(true, true);
		idle(display);
		List<Demande> demandes = dossier.getDemandes();
		int rounds = Math.max(2, Integer.getInteger("segur.forms.bench.rounds", 3));
		long[] setInput = new long[demandes.size() * rounds];
		long[] withEvents = new long[setInput.length];
		int n = 0;
		for (int round = 0; round < rounds; round++) {
			for (Demande demande : demandes) {
				long start = System.nanoTime();
				form.setInput(demande);
				setInput[n] = System.nanoTime() - start;
				idle(display);
				withEvents[n] = System.nanoTime() - start;
				n++;
			}
		}
		// the first round warms up
		long[] warm = Arrays.copyOfRange(setInput, demandes.size(), n);
		long[] warmEvents = Arrays.copyOfRange(withEvents, demandes.size(), n);
		lines.add(String.format(Locale.ROOT, "setInput %s: median %.2f ms, p95 %.2f ms, max %.2f ms; with layout and paint events: median %.2f ms,"
				+ " p95 %.2f ms, max %.2f ms (%d switches)", name, median(warm), percentile(warm, 95), max(warm), median(warmEvents),
				percentile(warmEvents, 95), max(warmEvents), warm.length));
		form.dispose();
		idle(display);
	}

	private static int count(Control control) {
		int count = 1;
		if (control instanceof Composite composite) {
			for (var child : composite.getChildren()) {
				count += count(child);
			}
		}
		return count;
	}

	private static void idle(Display display) {
		while (display.readAndDispatch()) {
			// the events a change leaves: layout, paint
		}
		display.update();
		while (display.readAndDispatch()) {
			// and those of the paint
		}
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

	private static double median(long[] values) {
		return percentile(values, 50);
	}

	private static double percentile(long[] values, int percent) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return ms(sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1)]);
	}

	private static double max(long[] values) {
		return ms(Arrays.stream(values).max().orElse(0));
	}
}
