// /admin/usuarios (ADMIN only). Passwords go in request bodies only, never in errors or logs (errors.ts).
import { z } from 'zod';
import type { CmepHttp } from './http.ts';
import { adminUserSchema, envelope, messageSchema, type AdminUser, type Role } from './schemas.ts';

export interface NewUsuario {
  user_email: string;
  password: string;
  nombres: string;
  apellidos: string;
  tipo_documento: 'DNI' | 'CE' | 'PASAPORTE';
  numero_documento: string;
  telefono?: string;
  roles: Role[];
}

export interface UsuarioPatch {
  nombres?: string;
  apellidos?: string;
  telefono?: string;
  roles?: Role[];
  is_active?: boolean;
}

export class UsuariosApi {
  constructor(private readonly http: CmepHttp) {}

  async list(): Promise<AdminUser[]> {
    return (await this.http.call('GET', '/admin/usuarios', envelope(z.array(adminUserSchema)))).data;
  }

  /** The user with this login e-mail (lower-cased by the server), or undefined. */
  async findByEmail(email: string): Promise<AdminUser | undefined> {
    const wanted = email.trim().toLowerCase();
    return (await this.list()).find((u) => u.user_email === wanted);
  }

  async create(input: NewUsuario): Promise<AdminUser> {
    return (await this.http.call('POST', '/admin/usuarios', envelope(adminUserSchema), { json: input })).data;
  }

  async update(userId: number, patch: UsuarioPatch): Promise<AdminUser> {
    return (await this.http.call('PATCH', `/admin/usuarios/${userId}`, envelope(adminUserSchema), { json: patch })).data;
  }

  /** Suspends the user; the server also deletes all of their sessions (contract §1.4). */
  suspend(userId: number): Promise<AdminUser> {
    return this.update(userId, { is_active: false });
  }

  reactivate(userId: number): Promise<AdminUser> {
    return this.update(userId, { is_active: true });
  }

  /** Sets a new password; the server deletes all of that user's sessions. */
  async resetPassword(userId: number, newPassword: string): Promise<void> {
    await this.http.call('POST', `/admin/usuarios/${userId}/reset-password`, messageSchema, { json: { new_password: newPassword } });
  }
}
