// Copies the methods of a class onto another class's prototype: the board view is one object
// whose concerns (drawing notes, dragging, editing in place, clusters, free spots) live in their
// own files under ./ and share its fields through `this`.

/** Adds every method of `source` (a class) to `target` (a class). */
export function mixin(target, source) {
  for (const name of Object.getOwnPropertyNames(source.prototype)) {
    if (name !== 'constructor') Object.defineProperty(target.prototype, name, Object.getOwnPropertyDescriptor(source.prototype, name));
  }
}
