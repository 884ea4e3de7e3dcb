package fr.segurstudio.model.couloir;

import java.util.List;
import java.util.Optional;

import fr.segurstudio.model.core.Dossier;

/**
 * The couloirs contributed by plug-ins (extension point {@value #EXTENSION_POINT}) or dropped as data into a
 * couloirs folder (a folder or archive holding an annotated .ecore and its {@code couloir.xml}, loaded as dynamic
 * EMF), and the code lists they share. Available as an OSGi service; core code knows couloirs only through it.
 */
public interface CouloirRegistry {

	String EXTENSION_POINT = "fr.segurstudio.model.couloirs";

	/** All declared couloirs, sorted by id. */
	List<Couloir> couloirs();

	/** The couloir of this id ({@code BIO-SGL}), or empty. */
	Optional<Couloir> couloir(String id);

	default Optional<Couloir> couloir(String code, String logiciel) {
		return couloir(code + "-" + logiciel);
	}

	default Optional<Couloir> couloirOf(Dossier dossier) {
		return dossier.getCouloir() == null || dossier.getLogiciel() == null ? Optional.empty()
				: couloir(dossier.getCouloir(), dossier.getLogiciel());
	}

	/** A declared code list ({@code operateurs-messagerie}), or empty. */
	Optional<CodeList> codeList(String id);

	/**
	 * Declarations that could not be read (a plug-in's or a couloir folder's mistake: the file, the line and what is
	 * wrong) and couloirs left out (a code claimed twice), in French, one line each.
	 */
	List<String> problems();

	/**
	 * Reads the couloirs folders again when what they hold changed since the last read (a couloir dropped, changed
	 * or removed): a few file times, nothing read when nothing changed. Couloirs whose files did not change stay the
	 * same objects. The command line calls it before each call (its resident process outlives a couloir dropped
	 * between two calls), the new-dossier wizard when it opens.
	 *
	 * @return true when the couloirs or the problems changed
	 */
	default boolean refresh() {
		return false;
	}
}
