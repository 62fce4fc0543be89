import { createRequire, Module } from "node:module";

/**
 * Modules `@stoplight/prism-http` requires as it loads, for work that is rare or never done here: faker (every
 * locale of it, about a second of CPU) backs the data generator's `x-faker` keywords, which the bundled spec does
 * not use (a spec of the user's own that does loads it on first use) and a validating proxy never generates data
 * with; the Postman reader turns Postman collections into operations, where Prism is handed an OpenAPI document.
 * Each entry says what the requiring module takes from the exports as it loads, so that a stand-in can give it
 * that without loading anything.
 */
const DEFERRABLE_MODULES: { specifier: string; standIn: (load: () => object) => object }[] = [
  {
    // json-schema-faker takes `faker.default` (the Faker instance, also exported as `faker`) as soon as Prism
    // loads, so the instance is deferred too, not only the module.
    specifier: "@faker-js/faker",
    standIn: (load) => {
      const instance = deferredObject(() => (load() as { faker: object }).faker);
      return deferredObject(load, { __esModule: true, default: instance, faker: instance });
    },
  },
  { specifier: "@stoplight/http-spec/postman/operation", standIn: (load) => deferredObject(load) },
];

/**
 * An object that loads its target on first use and from then on behaves as that target in every respect;
 * reading one of the `known` properties (the target's own values, handed over in advance) loads nothing.
 */
function deferredObject(load: () => object, known: Record<string, unknown> = {}): object {
  return new Proxy(
    {},
    {
      get: (_, key) => (typeof key === "string" && Object.hasOwn(known, key) ? known[key] : Reflect.get(load(), key)),
      set: (_, key, value) => Reflect.set(load(), key, value),
      has: (_, key) => Reflect.has(load(), key),
      ownKeys: () => Reflect.ownKeys(load()),
      // A proxy may not report a property as non-configurable unless its own (empty) target has it.
      getOwnPropertyDescriptor: (_, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
        return descriptor && { ...descriptor, configurable: true };
      },
      defineProperty: (_, key, descriptor) => Reflect.defineProperty(load(), key, descriptor),
      deleteProperty: (_, key) => Reflect.deleteProperty(load(), key),
      getPrototypeOf: () => Reflect.getPrototypeOf(load()),
    },
  );
}

/**
 * Puts stand-ins for the deferrable modules into the CommonJS module cache, where Prism's `require` finds them,
 * so that each loads only when something really uses it. Prism is the one this package depends on; call this
 * before it is first loaded. A module that is already loaded, or that this Prism does not depend on, is left alone.
 * The stand-in sits in the process's shared cache under the path of Prism's own faker: code of the user's that
 * requires that same copy gets the stand-in, which loads faker and behaves as it on first use.
 */
export function deferUnusedPrismModules(): void {
  let requireFromPrism: NodeJS.Require;
  try {
    requireFromPrism = createRequire(createRequire(import.meta.url).resolve("@stoplight/prism-http"));
  } catch {
    return;
  }
  const cache = requireFromPrism.cache;
  for (const { specifier, standIn } of DEFERRABLE_MODULES) {
    let path: string;
    try {
      path = requireFromPrism.resolve(specifier);
    } catch {
      continue;
    }
    if (cache[path]) continue;
    let loaded: object | undefined;
    const load = () => {
      if (!loaded) {
        delete cache[path];
        loaded = requireFromPrism(path) as object;
      }
      return loaded;
    };
    const placeholder = new Module(path);
    placeholder.filename = path;
    placeholder.loaded = true;
    placeholder.exports = standIn(load);
    cache[path] = placeholder;
  }
}
