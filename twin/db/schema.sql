-- The twin's schema: contract §4 table and column names, so SQL written for prod runs here unchanged.
-- MariaDB, utf8mb4, InnoDB; every FK ON DELETE/UPDATE RESTRICT like prod. Idempotent (applied at every start).
-- Audit columns (created_by, updated_by, created_at, updated_at) on every table but `sessions`; DATETIME without
-- fractional seconds, naive UTC, as on prod MySQL.

CREATE TABLE IF NOT EXISTS personas (
  persona_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tipo_documento ENUM('DNI','CE','PASAPORTE','RUC') NULL,
  numero_documento VARCHAR(30) NULL,
  nombres VARCHAR(150) NOT NULL,
  apellidos VARCHAR(150) NOT NULL,
  fecha_nacimiento DATE NULL,
  email VARCHAR(255) NULL,
  celular_1 VARCHAR(20) NULL,
  celular_2 VARCHAR(20) NULL,
  telefono_fijo VARCHAR(20) NULL,
  direccion VARCHAR(500) NULL,
  comentario TEXT NULL,
  created_by INT NULL, updated_by INT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NULL,
  UNIQUE KEY uq_persona_documento (tipo_documento, numero_documento)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS users (
  user_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  persona_id INT NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  user_email VARCHAR(255) NOT NULL,
  estado ENUM('ACTIVO','SUSPENDIDO') NOT NULL DEFAULT 'ACTIVO',
  last_login_at DATETIME NULL,
  comentario TEXT NULL,
  created_by INT NULL, updated_by INT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NULL,
  UNIQUE KEY uq_users_persona (persona_id),
  UNIQUE KEY uq_users_email (user_email),
  CONSTRAINT fk_users_persona FOREIGN KEY (persona_id) REFERENCES personas (persona_id) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS user_role (
  user_id INT NOT NULL,
  user_role ENUM('ADMIN','OPERADOR','GESTOR','MEDICO') NOT NULL,
  created_by INT NULL, updated_by INT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NULL,
  PRIMARY KEY (user_id, user_role),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES users (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS user_permissions (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id INT NOT NULL,
  permission_code VARCHAR(100) NOT NULL,
  created_by INT NULL, updated_by INT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NULL,
  UNIQUE KEY uq_user_permission (user_id, permission_code),
  CONSTRAINT fk_user_permissions_user FOREIGN KEY (user_id) REFERENCES users (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS sessions (
  session_id VARCHAR(64) NOT NULL PRIMARY KEY,
  user_id INT NOT NULL,
  created_at DATETIME NOT NULL,
  expires_at DATETIME NOT NULL,
  last_seen_at DATETIME NULL,
  KEY ix_sessions_expires (expires_at),
  CONSTRAINT fk_sessions_user FOREIGN KEY (user_id) REFERENCES users (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS password_resets (
  reset_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id INT NOT NULL,
  token_hash VARCHAR(255) NOT NULL,
  expires_at DATETIME NOT NULL,
  used_at DATETIME NULL,
  created_by INT NULL, updated_by INT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NULL,
  CONSTRAINT fk_password_resets_user FOREIGN KEY (user_id) REFERENCES users (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS empleado (
  empleado_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  persona_id INT NOT NULL,
  rol_empleado VARCHAR(8) NOT NULL,
  estado_empleado VARCHAR(10) NOT NULL DEFAULT 'ACTIVO',
  tipo_empleado VARCHAR(50) NULL,
  tarifa_empleado NUMERIC(12,2) NULL,
  created_by INT NULL, updated_by INT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NULL,
  UNIQUE KEY uq_empleado_persona_rol (persona_id, rol_empleado),
  CONSTRAINT fk_empleado_persona FOREIGN KEY (persona_id) REFERENCES personas (persona_id) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS medico_extra (
  persona_id INT NOT NULL PRIMARY KEY,
  tipo_medico VARCHAR(50) NULL,
  cmp VARCHAR(20) NULL,
  especialidad VARCHAR(150) NULL,
  created_by INT NULL, updated_by INT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NULL,
  CONSTRAINT fk_medico_extra_persona FOREIGN KEY (persona_id) REFERENCES personas (persona_id) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS promotores (
  promotor_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tipo_promotor VARCHAR(7) NOT NULL,
  fuente_promotor VARCHAR(255) NULL,
  persona_id INT NULL,
  razon_social VARCHAR(255) NULL,
  nombre_promotor_otros VARCHAR(255) NULL,
  ruc VARCHAR(20) NULL,
  email VARCHAR(255) NULL,
  celular_1 VARCHAR(20) NULL,
  comentario TEXT NULL,
  tarifa NUMERIC(12,2) NULL,
  created_by INT NULL, updated_by INT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NULL,
  CONSTRAINT fk_promotores_persona FOREIGN KEY (persona_id) REFERENCES personas (persona_id) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS clientes (
  persona_id INT NOT NULL PRIMARY KEY,
  estado VARCHAR(10) NOT NULL DEFAULT 'ACTIVO',
  promotor_id INT NULL,
  created_by INT NULL, updated_by INT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NULL,
  CONSTRAINT fk_clientes_persona FOREIGN KEY (persona_id) REFERENCES personas (persona_id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_clientes_promotor FOREIGN KEY (promotor_id) REFERENCES promotores (promotor_id) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS cliente_apoderado (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  cliente_id INT NOT NULL,
  apoderado_id INT NOT NULL,
  estado VARCHAR(10) NULL,
  created_by INT NULL, updated_by INT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NULL,
  CONSTRAINT fk_cliente_apoderado_cliente FOREIGN KEY (cliente_id) REFERENCES clientes (persona_id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_cliente_apoderado_apoderado FOREIGN KEY (apoderado_id) REFERENCES personas (persona_id) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS servicios (
  servicio_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  descripcion_servicio VARCHAR(255) NOT NULL,
  caracteristicas_servicio TEXT NULL,
  tarifa_servicio NUMERIC(12,2) NOT NULL,
  moneda_tarifa VARCHAR(3) NOT NULL DEFAULT 'PEN',
  created_by INT NULL, updated_by INT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS solicitud_cmep (
  solicitud_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  codigo VARCHAR(20) NULL,
  cliente_id INT NOT NULL,
  apoderado_id INT NULL,
  servicio_id INT NULL,
  promotor_id INT NULL,
  estado_atencion VARCHAR(10) NOT NULL DEFAULT 'REGISTRADO',
  estado_pago VARCHAR(9) NOT NULL DEFAULT 'PENDIENTE',
  estado_certificado VARCHAR(9) NULL,
  tarifa_monto NUMERIC(12,2) NULL,
  tarifa_moneda VARCHAR(3) NULL,
  tarifa_fuente VARCHAR(8) NULL,
  tipo_atencion VARCHAR(20) NULL,
  lugar_atencion VARCHAR(255) NULL,
  comentario TEXT NULL,
  motivo_cancelacion TEXT NULL,
  comentario_admin TEXT NULL,
  fecha_cierre DATETIME NULL,
  fecha_cancelacion DATETIME NULL,
  cerrado_por INT NULL,
  cancelado_por INT NULL,
  created_by INT NULL, updated_by INT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NULL,
  UNIQUE KEY uq_solicitud_codigo (codigo),
  CONSTRAINT fk_solicitud_cliente FOREIGN KEY (cliente_id) REFERENCES clientes (persona_id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_solicitud_apoderado FOREIGN KEY (apoderado_id) REFERENCES personas (persona_id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_solicitud_servicio FOREIGN KEY (servicio_id) REFERENCES servicios (servicio_id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_solicitud_promotor FOREIGN KEY (promotor_id) REFERENCES promotores (promotor_id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_solicitud_cerrado_por FOREIGN KEY (cerrado_por) REFERENCES users (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_solicitud_cancelado_por FOREIGN KEY (cancelado_por) REFERENCES users (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS solicitud_asignacion (
  asignacion_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  solicitud_id INT NOT NULL,
  persona_id INT NOT NULL,
  rol VARCHAR(8) NOT NULL,
  es_vigente BOOL NOT NULL DEFAULT TRUE,
  asignado_por INT NULL,
  fecha_asignacion DATETIME NOT NULL,
  created_by INT NULL, updated_by INT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NULL,
  CONSTRAINT fk_asignacion_solicitud FOREIGN KEY (solicitud_id) REFERENCES solicitud_cmep (solicitud_id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_asignacion_persona FOREIGN KEY (persona_id) REFERENCES personas (persona_id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_asignacion_asignado_por FOREIGN KEY (asignado_por) REFERENCES users (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS solicitud_estado_historial (
  historial_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  solicitud_id INT NOT NULL,
  campo VARCHAR(100) NOT NULL,
  valor_anterior TEXT NULL,
  valor_nuevo TEXT NULL,
  comentario TEXT NULL,
  cambiado_por INT NULL,
  cambiado_en DATETIME NOT NULL,
  created_by INT NULL, updated_by INT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NULL,
  CONSTRAINT fk_historial_solicitud FOREIGN KEY (solicitud_id) REFERENCES solicitud_cmep (solicitud_id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_historial_user FOREIGN KEY (cambiado_por) REFERENCES users (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS pago_solicitud (
  pago_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  solicitud_id INT NOT NULL,
  canal_pago VARCHAR(50) NULL,
  fecha_pago DATE NULL,
  monto NUMERIC(12,2) NOT NULL,
  moneda VARCHAR(3) NULL,
  referencia_transaccion VARCHAR(255) NULL,
  comentario TEXT NULL,
  validated_by INT NULL,
  validated_at DATETIME NULL,
  created_by INT NULL, updated_by INT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NULL,
  CONSTRAINT fk_pago_solicitud FOREIGN KEY (solicitud_id) REFERENCES solicitud_cmep (solicitud_id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_pago_validated_by FOREIGN KEY (validated_by) REFERENCES users (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS archivos (
  archivo_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  nombre_original VARCHAR(255) NOT NULL,
  nombre_storage VARCHAR(255) NOT NULL,
  tipo VARCHAR(14) NOT NULL,
  mime_type VARCHAR(100) NULL,
  tamano_bytes INT NULL,
  storage_path VARCHAR(500) NOT NULL,
  created_by INT NULL, updated_by INT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS solicitud_archivo (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  solicitud_id INT NOT NULL,
  archivo_id INT NOT NULL,
  pago_id INT NULL,
  created_by INT NULL, updated_by INT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NULL,
  CONSTRAINT fk_sol_archivo_solicitud FOREIGN KEY (solicitud_id) REFERENCES solicitud_cmep (solicitud_id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_sol_archivo_archivo FOREIGN KEY (archivo_id) REFERENCES archivos (archivo_id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_sol_archivo_pago FOREIGN KEY (pago_id) REFERENCES pago_solicitud (pago_id) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS resultado_medico (
  resultado_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  solicitud_id INT NOT NULL,
  medico_id INT NULL,
  fecha_evaluacion DATE NULL,
  diagnostico TEXT NULL,
  resultado VARCHAR(50) NULL,
  observaciones TEXT NULL,
  recomendaciones TEXT NULL,
  estado_certificado VARCHAR(9) NULL,
  created_by INT NULL, updated_by INT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NULL,
  CONSTRAINT fk_resultado_solicitud FOREIGN KEY (solicitud_id) REFERENCES solicitud_cmep (solicitud_id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_resultado_medico FOREIGN KEY (medico_id) REFERENCES personas (persona_id) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
