// Inicio (contract §6.5): welcome, one paragraph per role, quick actions, the user's recent solicitudes.
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, errorText } from '../api/client.ts';
import type { Envelope, Role, SolicitudList, SolicitudListItem } from '../api/types.ts';
import { useAuth } from '../auth/AuthContext.tsx';
import { MessageBox } from '../components/MessageBox.tsx';
import { formatDate } from '../format.ts';
import { SolicitudesTable, type SolicitudColumn } from './SolicitudesTable.tsx';

const ROLE_DESCRIPTIONS: Record<Role, string> = {
  ADMIN:
    'Como administrador, tienes acceso completo: gestionas usuarios, revisas reportes y puedes actuar sobre cualquier solicitud.',
  OPERADOR: 'Como operador, registras nuevas solicitudes y das seguimiento a las que creaste.',
  GESTOR: 'Como gestor, coordinas las solicitudes asignadas y registras sus pagos.',
  MEDICO: 'Como medico, evaluas las solicitudes asignadas y las cierras al terminar.',
};

type QuickAction = 'Ver solicitudes' | 'Registrar solicitud' | 'Administrar usuarios';

const ROLE_ACTIONS: Record<Role, QuickAction[]> = {
  ADMIN: ['Ver solicitudes', 'Registrar solicitud', 'Administrar usuarios'],
  OPERADOR: ['Registrar solicitud', 'Ver solicitudes'],
  GESTOR: ['Ver solicitudes'],
  MEDICO: ['Ver solicitudes'],
};

const ACTION_PATHS: Record<QuickAction, string> = {
  'Ver solicitudes': '/app/solicitudes',
  'Registrar solicitud': '/app/solicitudes/nueva',
  'Administrar usuarios': '/app/usuarios',
};

// Estado is the raw enum here, with underscores (contract §6.5), unlike the list's badge.
const RECENT_COLUMNS: SolicitudColumn[] = [
  { header: 'Codigo', cell: (item) => item.codigo },
  { header: 'Cliente', cell: (item) => item.cliente.nombre },
  { header: 'Estado', cell: (item) => item.estado_operativo },
  { header: 'Fecha', cell: (item) => formatDate(item.created_at) },
];

function RecentSolicitudes() {
  const navigate = useNavigate();
  const [items, setItems] = useState<SolicitudListItem[] | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    api
      .get<Envelope<SolicitudList>>('/solicitudes?mine=true&page_size=10')
      .then((res) => setItems(res.data.items))
      .catch((err: unknown) => setError(errorText(err)));
  }, []);

  return (
    <section className="card">
      <h3>Tus solicitudes recientes</h3>
      <MessageBox tone="error">{error}</MessageBox>
      {items === null && !error && <p>Cargando...</p>}
      {items !== null && items.length === 0 && <p>No tienes solicitudes activas por el momento.</p>}
      {items !== null && items.length > 0 && (
        <SolicitudesTable items={items} columns={RECENT_COLUMNS} />
      )}
      <div style={{ marginTop: 10 }}>
        <button type="button" className="btn btn-secondary" onClick={() => navigate('/app/solicitudes')}>
          Ver todas las solicitudes
        </button>
      </div>
    </section>
  );
}

export function Inicio() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const roles = user?.roles ?? [];
  // Quick actions of all the user's roles, each once, in the order they first appear.
  const actions = [...new Set(roles.flatMap((role) => ROLE_ACTIONS[role] ?? []))];

  return (
    <div>
      <section className="card">
        <h2>Bienvenido, {user?.display_name}</h2>
        <p>Sistema CMEP — Gestion de Certificados Medicos de Salud Mental.</p>
        {roles.map((role) => (
          <p key={role}>{ROLE_DESCRIPTIONS[role]}</p>
        ))}
        <div className="btn-row">
          {actions.map((action) => (
            <button key={action} type="button" className="btn" onClick={() => navigate(ACTION_PATHS[action])}>
              {action}
            </button>
          ))}
        </div>
      </section>
      <RecentSolicitudes />
    </div>
  );
}
