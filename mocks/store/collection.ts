/** A typed table: rows keyed by id, kept in insertion order. */
export class Collection<T extends { id: string }> {
  private readonly rows = new Map<string, T>();

  create(row: T): T {
    if (this.rows.has(row.id)) throw new Error(`duplicate id ${row.id}`);
    this.rows.set(row.id, row);
    return row;
  }

  find(id: string): T | undefined {
    return this.rows.get(id);
  }

  findBy(predicate: (row: T) => boolean): T | undefined {
    return this.all().find(predicate);
  }

  all(): T[] {
    return [...this.rows.values()];
  }

  update(id: string, patch: Partial<T>): T {
    const row = this.rows.get(id);
    if (!row) throw new Error(`no row ${id}`);
    const next = { ...row, ...patch };
    this.rows.set(id, next);
    return next;
  }

  delete(id: string): boolean {
    return this.rows.delete(id);
  }

  get size(): number {
    return this.rows.size;
  }
}
