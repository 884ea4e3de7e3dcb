package fr.segurstudio.cli.tests;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import fr.segurstudio.couloir.bio.BioPackage;
import fr.segurstudio.json.deposit.Deposit;
import fr.segurstudio.json.deposit.DepositResult;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;

/**
 * A deposit in a process of its own, for the tests that kill it or run two at once (plain Java, no OSGi:
 * the dossiers come as XMI). {@code DepositChild DOSSIERS.xmi INPUT-DIR OUT-DIR AAAA-MM-JJ PAUSE-MS}: each
 * write of the deposit pauses that long, so that a kill falls in the middle; prints PRET when the dossiers
 * are read, then FINI and the files written.
 */
public final class DepositChild {

	private DepositChild() {
	}

	public static void main(String[] args) throws IOException {
		SegurPackage.eINSTANCE.eClass();
		BioPackage.eINSTANCE.eClass();
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource resource = set.getResource(URI.createFileURI(args[0]), true);
		List<Deposit.Source> sources = new ArrayList<>();
		for (EObject root : resource.getContents()) {
			sources.add(new Deposit.Source((Dossier) root, Path.of(args[1])));
		}
		long pause = Long.parseLong(args[4]);
		System.out.println("PRET");
		System.out.flush();
		DepositResult result = new Deposit().onWait(() -> System.out.println("ATTENTE")).writingThrough(out -> new FilterOutputStream(out) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				for (int i = 0; i < len; i += 4096) { // a slow disk: each 4 KB waits
					out.write(b, off + i, Math.min(4096, len - i));
					sleep(pause);
				}
			}
		}).run(sources, new Deposit.Options(Path.of(args[2]), LocalDate.parse(args[3]), false));
		System.out.println(result.written() ? "FINI" : "REFUSE " + result.problems());
		result.files().forEach(file -> System.out.println(file.name()));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
