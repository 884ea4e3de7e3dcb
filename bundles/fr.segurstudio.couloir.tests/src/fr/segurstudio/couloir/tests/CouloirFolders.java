package fr.segurstudio.couloir.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.FrameworkUtil;

import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.couloir.internal.ExtensionCouloirRegistry;

/**
 * Couloir folders for the tests: this bundle's FIC-DEM as data, copies of it to break, archives of it, and couloir
 * registries of their own that read them, with or without the plug-ins' couloirs (always with their code lists).
 */
final class CouloirFolders {

	private CouloirFolders() {
	}

	/** This bundle's {@code couloirs/FIC-DEM}, the data twin of the compiled FIC-DEM. */
	static Path ficDem() {
		return bundleFolder("couloirs/FIC-DEM/");
	}

	static Path bundleFolder(String entry) {
		try {
			URL url = FileLocator.toFileURL(FrameworkUtil.getBundle(CouloirFolders.class).getEntry(entry));
			return Path.of(url.getPath());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A copy of {@code folder} as {@code into/NAME}. */
	static Path copy(Path folder, Path into, String name) {
		Path target = into.resolve(name);
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.toList()) {
				Path to = target.resolve(folder.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(to);
				} else {
					Files.copy(file, to);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return target;
	}

	/** The folder's files in an archive, under {@code prefix} ("" or "FIC-DEM/"). */
	static Path zip(Path folder, Path archive, String prefix) {
		try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				zip.putNextEntry(new ZipEntry(prefix + folder.relativize(file).toString().replace('\\', '/')));
				zip.write(Files.readAllBytes(file));
				zip.closeEntry();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return archive;
	}

	/** Replaces the first {@code from} of a file's text by {@code to}; fails when it is not there. */
	static void replace(Path file, String from, String to) {
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			if (!text.contains(from)) {
				throw new AssertionError("« " + from + " » not in " + file);
			}
			Files.writeString(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)),
					StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A registry of its own reading these couloirs folders and the plug-ins' code lists, with the plug-ins' couloirs
	 * or without them (then the data FIC-DEM is not shadowed by the compiled one).
	 */
	static CouloirRegistry registry(boolean compiledCouloirs, Path... folders) {
		List<Path> list = List.of(folders);
		return new ExtensionCouloirRegistry(plugins(compiledCouloirs), () -> list);
	}

	/** The platform's extension registry, its couloir declarations left out unless asked for. */
	private static IExtensionRegistry plugins(boolean couloirs) {
		IExtensionRegistry platform = RegistryFactory.getRegistry();
		return (IExtensionRegistry) Proxy.newProxyInstance(IExtensionRegistry.class.getClassLoader(), new Class<?>[] { IExtensionRegistry.class },
				(proxy, method, args) -> switch (method.getName()) {
				case "getConfigurationElementsFor" -> {
					IConfigurationElement[] elements = (IConfigurationElement[]) method.invoke(platform, args);
					yield couloirs ? elements
							: Arrays.stream(elements).filter(e -> !e.getName().equals("couloir")).toArray(IConfigurationElement[]::new);
				}
				case "addListener", "removeListener" -> null;
				default -> method.invoke(platform, args);
				});
	}
}
