package fr.segurstudio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

import fr.segurstudio.json.AspPrettyPrinter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.lifecycle.DepositRecords;
import fr.segurstudio.lifecycle.DossierFiles;
import fr.segurstudio.lifecycle.Totaux;
import fr.segurstudio.model.asp.AspValues;
import fr.segurstudio.model.core.AncienNumero;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.issue.Echo;

/**
 * {@code segur etat [--format text|json|csv] PATH...}: per dossier and in total, the requests by status, the
 * sums of montantSegurHT and of the 30 % advance by status, and the accepted requests with their numeroASP
 * (seed §1.2: « ce numéro ASP est essentiel et doit être conservé par l'éditeur »). Reads only.
 */
final class EtatCommand extends NamedCommand {

	/** A dossier read, under the name the user gave or found it. */
	private record Entry(String file, Dossier dossier, Totaux totaux) {
	}

	EtatCommand() {
		super("etat", Messages.etatSummary, Messages.etatHelp);
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Arguments arguments = new Arguments(args, Set.of("--format"), Set.of());
		String format = arguments.value("--format") == null ? "text" : arguments.value("--format");
		if (!List.of("text", "json", "csv").contains(format)) {
			throw new UsageException(NLS.bind(Messages.badChoice, new Object[] { "--format", format, "text, json, csv" }));
		}
		Inputs inputs = new Inputs(context);
		List<Entry> entries = new ArrayList<>();
		boolean errors = false;
		for (String operand : arguments.files()) {
			Path root = inputs.resolve(operand);
			if (!Files.exists(root)) {
				context.err().println(NLS.bind(Messages.noSuchFile, Echo.longText(operand)));
				return USAGE;
			}
			List<Path> files;
			try {
				files = Files.isDirectory(root) ? DossierFiles.find(root) : List.of(root);
			} catch (IOException e) {
				context.err().println(NLS.bind(Messages.cannotRead, Echo.longText(operand), Echo.longText(String.valueOf(e.getMessage()))));
				return USAGE;
			}
			for (Path file : files) {
				String name = Files.isDirectory(root) ? Path.of(operand).resolve(root.relativize(file)).normalize().toString() : operand;
				ImportResult read;
				try {
					read = inputs.read(name, null);
				} catch (Inputs.Unreadable e) {
					context.err().println(e.getMessage());
					return USAGE;
				}
				if (read.dossier() == null) {
					context.err().println(NLS.bind(Messages.etatUnreadable, Echo.longText(name)));
					errors = true;
					continue;
				}
				if (read.hasErrors()) {
					context.err().println(NLS.bind(Messages.etatReadErrors, Echo.longText(name)));
					errors = true;
				}
				entries.add(new Entry(name, read.dossier(), Totaux.of(read.dossier().getDemandes())));
			}
		}
		Totaux total = new Totaux();
		entries.forEach(e -> total.add(e.totaux()));
		try {
			switch (format) {
			case "json" -> json(entries, total, context.out());
			case "csv" -> csv(entries, context.out());
			default -> text(entries, total, context.out());
			}
		} catch (IOException e) {
			context.err().println(e.getMessage());
			return USAGE;
		}
		return errors ? INPUT_ERRORS : OK;
	}

	private static void text(List<Entry> entries, Totaux total, PrintStream out) {
		for (Entry entry : entries) {
			Dossier dossier = entry.dossier();
			out.println(NLS.bind(Messages.etatDossier, new Object[] { Echo.longText(entry.file()), Echo.text(dossier.getTypeLogiciel()),
					Echo.text(dossier.getNumeroAns()), Echo.text(dossier.getSIRET()) }));
			totals(entry.totaux(), out);
			List<Demande> accepted = dossier.getDemandes().stream().filter(d -> DepositRecords.statut(d) == StatutDemande.ACCEPTEE).toList();
			if (!accepted.isEmpty()) {
				out.println(Messages.etatAccepted);
				for (Demande demande : accepted) {
					out.println(NLS.bind(Messages.etatAcceptedLine, new Object[] { Echo.text(demande.getNumeroEditeur()), dash(demande.getNumeroASP()),
							euros(montant(demande)), dash(demande.getFichierDepot()) }));
				}
			}
			out.println();
		}
		out.println(NLS.bind(Messages.etatTotal, entries.size()));
		totals(total, out);
	}

	private static void totals(Totaux totaux, PrintStream out) {
		for (Map.Entry<StatutDemande, Totaux.Somme> e : totaux.parStatut().entrySet()) {
			out.println(NLS.bind(Messages.etatStatusLine, new Object[] { String.format("%-9s", e.getKey().getLiteral()),
					String.format("%5d", e.getValue().demandes()), String.format("%16s", euros(e.getValue().montantSegurHT())),
					String.format("%16s", euros(e.getValue().montantAvance())) }));
		}
		Totaux.Somme all = totaux.total();
		out.println(NLS.bind(Messages.etatStatusLine, new Object[] { String.format("%-9s", Messages.etatAll), String.format("%5d", all.demandes()),
				String.format("%16s", euros(all.montantSegurHT())), String.format("%16s", euros(all.montantAvance())) }));
	}

	private static void json(List<Entry> entries, Totaux total, PrintStream out) throws IOException {
		JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
		g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
		g.setCharacterEscapes(new InvisibleEscapes());
		g.setPrettyPrinter(new AspPrettyPrinter());
		g.writeStartObject();
		g.writeArrayFieldStart("dossiers");
		for (Entry entry : entries) {
			Dossier dossier = entry.dossier();
			g.writeStartObject();
			g.writeStringField("file", entry.file());
			g.writeStringField("couloir", dossier.getTypeLogiciel());
			g.writeStringField("numeroAns", dossier.getNumeroAns());
			g.writeStringField("SIRET", dossier.getSIRET());
			g.writeArrayFieldStart("demandes");
			for (Demande demande : dossier.getDemandes()) {
				g.writeStartObject();
				g.writeStringField("numeroEditeur", demande.getNumeroEditeur());
				g.writeStringField("statut", DepositRecords.statut(demande).getLiteral());
				g.writeStringField("numeroASP", demande.getNumeroASP());
				amount(g, "montantSegurHT", montant(demande));
				amount(g, "montantAvance", demande.getCommande() == null ? null : demande.getCommande().getMontantAvance());
				g.writeStringField("fichierDepot", demande.getFichierDepot());
				g.writeStringField("dateDepot", demande.getDateDepot() == null ? null : AspValues.formatDate(demande.getDateDepot()));
				g.writeStringField("codeTraitement", demande.getCodeTraitement());
				g.writeStringField("libelleTraitement", demande.getLibelleTraitement());
				g.writeArrayFieldStart("anciensNumeros");
				for (AncienNumero ancien : demande.getAnciensNumeros()) {
					g.writeString(ancien.getNumeroEditeur());
				}
				g.writeEndArray();
				g.writeArrayFieldStart("historique");
				for (AncienNumero ancien : demande.getAnciensNumeros()) {
					g.writeStartObject();
					g.writeStringField("numeroEditeur", ancien.getNumeroEditeur());
					g.writeStringField("fichierDepot", ancien.getFichierDepot());
					g.writeStringField("dateDepot", ancien.getDateDepot() == null ? null : AspValues.formatDate(ancien.getDateDepot()));
					g.writeStringField("codeTraitement", ancien.getCodeTraitement());
					g.writeStringField("libelleTraitement", ancien.getLibelleTraitement());
					g.writeEndObject();
				}
				g.writeEndArray();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeFieldName("totaux");
			totaux(g, entry.totaux());
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeFieldName("totaux");
		totaux(g, total);
		g.writeEndObject();
		g.writeRaw('\n');
		g.close();
		out.flush();
	}

	/**
	 * The JSON output keeps every value whole (it is data), and writes the characters that would act on a
	 * terminal rather than show (C1 controls, U+202E and the other invisible format characters, line and
	 * paragraph separators) as a \\u escape: the same string for a JSON reader, nothing hidden from a person.
	 */
	private static final class InvisibleEscapes extends CharacterEscapes {
		private static final long serialVersionUID = 1L;
		private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

		@Override
		public int[] getEscapeCodesForAscii() {
			return ascii;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			int type = Character.getType(ch);
			if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
				return new SerializedString(String.format("\\u%04x", ch));
			}
			return null;
		}
	}

	/** {"demandes", "montantSegurHT", "montantAvance", "parStatut": {"BROUILLON": {same}, ...}}. */
	private static void totaux(JsonGenerator g, Totaux totaux) throws IOException {
		g.writeStartObject();
		somme(g, totaux.total());
		g.writeObjectFieldStart("parStatut");
		for (Map.Entry<StatutDemande, Totaux.Somme> e : totaux.parStatut().entrySet()) {
			g.writeObjectFieldStart(e.getKey().getLiteral());
			somme(g, e.getValue());
			g.writeEndObject();
		}
		g.writeEndObject();
		g.writeEndObject();
	}

	private static void somme(JsonGenerator g, Totaux.Somme somme) throws IOException {
		g.writeNumberField("demandes", somme.demandes());
		amount(g, "montantSegurHT", somme.montantSegurHT());
		amount(g, "montantAvance", somme.montantAvance());
	}

	private static void amount(JsonGenerator g, String name, BigDecimal value) throws IOException {
		g.writeFieldName(name);
		if (value == null) {
			g.writeNull();
		} else {
			g.writeNumber(AspValues.formatMontant(value));
		}
	}

	/** One line per request, `;`-separated with decimal commas, as a French spreadsheet opens it. */
	private static void csv(List<Entry> entries, PrintStream out) {
		out.println(String.join(";", "fichier", "couloir", "numeroAns", "SIRET", "numeroEditeur", "statut", "numeroASP", "montantSegurHT",
				"montantAvance", "fichierDepot", "dateDepot", "codeTraitement", "libelleTraitement", "anciensNumeros"));
		for (Entry entry : entries) {
			Dossier dossier = entry.dossier();
			for (Demande demande : dossier.getDemandes()) {
				BigDecimal avance = demande.getCommande() == null ? null : demande.getCommande().getMontantAvance();
				out.println(String.join(";", cell(entry.file()), cell(dossier.getTypeLogiciel()), cell(dossier.getNumeroAns()),
						cell(dossier.getSIRET()), cell(demande.getNumeroEditeur()), DepositRecords.statut(demande).getLiteral(),
						cell(demande.getNumeroASP()), decimalComma(montant(demande)), decimalComma(avance), cell(demande.getFichierDepot()),
						demande.getDateDepot() == null ? "" : AspValues.formatDate(demande.getDateDepot()), cell(demande.getCodeTraitement()),
						cell(demande.getLibelleTraitement()),
						cell(String.join(" ", demande.getAnciensNumeros().stream().map(AncienNumero::getNumeroEditeur).toList()))));
			}
		}
	}

	/**
	 * A text cell: escaped and shortened as every value echoed from a file (Echo: control and invisible
	 * characters written out, beyond 400 characters cut), a text a spreadsheet would run as a formula
	 * neutralised ({@link #neutralised}), quoted when it holds a separator or a quote (RFC 4180).
	 */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String text = neutralised(Echo.longText(value));
		return text.contains(";") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	/** The characters that make a spreadsheet read a cell as a formula (OWASP « CSV injection »), ASCII and full width. */
	private static final String FORMULA_STARTS = "=+-@\t\r\uff1d\uff0b\uff0d\uff20";

	/**
	 * A text that a spreadsheet would take for a formula — its first character, spaces aside, is one of
	 * {@code = + - @} (or their full-width forms), or it starts with a tab or a carriage return — gets a leading
	 * apostrophe: the spreadsheet shows it as text, the value still reads whole (OWASP « CSV injection »). The
	 * amounts and dates this command writes are numbers and days, never neutralised.
	 */
	static String neutralised(String text) {
		int first = 0;
		while (first < text.length() && (text.charAt(first) == ' ' || text.charAt(first) == '\u00a0')) {
			first++;
		}
		boolean formula = !text.isEmpty() && (text.charAt(0) == '\t' || text.charAt(0) == '\r'
				|| first < text.length() && FORMULA_STARTS.indexOf(text.charAt(first)) >= 0);
		return formula ? "'" + text : text;
	}

	private static String decimalComma(BigDecimal value) {
		return value == null ? "" : AspValues.formatMontant(value).replace('.', ',');
	}

	private static BigDecimal montant(Demande demande) {
		return demande.getCommande() == null ? null : demande.getCommande().getMontantSegurHT();
	}

	/** 27 450,00 € */
	private static String euros(BigDecimal value) {
		if (value == null) {
			return "-";
		}
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
		symbols.setGroupingSeparator(' ');
		return new DecimalFormat("#,##0.00", symbols).format(value) + " €";
	}

	private static String dash(String value) {
		return value == null ? "-" : Echo.text(value);
	}
}
