package fr.segurstudio.model.couloir;

import java.util.List;
import java.util.Optional;

import fr.segurstudio.model.core.Dossier;

/**
 * The couloirs contributed by plug-ins (extension point {@value #EXTENSION_POINT}) and the code lists
 * they share. Available as an OSGi service; core code knows couloirs only through it.
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

	/** Declarations that could not be read (a plug-in's mistake), in French, for the log and for tests. */
	List<String> problems();
}
