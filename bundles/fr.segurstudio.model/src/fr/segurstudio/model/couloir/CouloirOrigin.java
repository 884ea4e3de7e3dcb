package fr.segurstudio.model.couloir;

/**
 * Where a couloir comes from: a plug-in of the install (compiled), or a couloir folder or archive dropped into a
 * couloirs folder (data: its .ecore loaded as dynamic EMF).
 *
 * @param kind     plug-in, folder or archive
 * @param location the plug-in's symbolic name, or the absolute path of the folder or archive
 */
public record CouloirOrigin(Kind kind, String location) {

	/** The three forms a couloir takes; {@link #word()} is how the command line and the messages name each. */
	public enum Kind {
		PLUGIN("plug-in", "le ", "du "), FOLDER("dossier", "le ", "du "), ARCHIVE("archive", "l'", "de l'");

		private final String word;
		private final String the;
		private final String ofThe;

		Kind(String word, String the, String ofThe) {
			this.word = word;
			this.the = the;
			this.ofThe = ofThe;
		}

		/** In French, one word: plug-in, dossier, archive. */
		public String word() {
			return word;
		}
	}

	public static CouloirOrigin plugin(String symbolicName) {
		return new CouloirOrigin(Kind.PLUGIN, symbolicName);
	}

	/** A couloir read from data (a folder or an archive), not from a compiled plug-in. */
	public boolean isData() {
		return kind != Kind.PLUGIN;
	}

	/** « le plug-in fr.segurstudio.couloir.bio », « l'archive /…/FIC-DEM.zip », for messages. */
	public String the() {
		return kind.the + this;
	}

	/** « du dossier /…/couloirs/FIC-DEM », « de l'archive /…/FIC-DEM.zip », for messages. */
	public String ofThe() {
		return kind.ofThe + this;
	}

	/** In French: « plug-in fr.segurstudio.couloir.bio », « dossier /home/…/couloirs/FIC-DEM ». */
	@Override
	public String toString() {
		return kind.word() + " " + location;
	}
}
