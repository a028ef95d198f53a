// The app shell: header (title, nav by role, user badge, Salir) and the page in <main>.
// Unlike the real app, the header wraps on phones so nothing sits off-screen; the `mobile-overflow`
// fault restores the real app's fixed one-row header (~775 px) so the harness can see it fail.
import { NavLink, Outlet, useNavigate } from 'react-router-dom';
import { hasRole, useAuth } from '../auth/AuthContext.tsx';
import { useFault } from '../faults.tsx';

function navLinkClass({ isActive }: { isActive: boolean }): string {
  return isActive ? 'nav-link nav-link-active' : 'nav-link';
}

export function AppLayout() {
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const fixedRow = useFault('mobile-overflow');
  const isAdmin = hasRole(user, 'ADMIN');

  async function handleLogout() {
    await logout().catch(() => undefined);
    navigate('/login');
  }

  return (
    <div className="shell">
      <header className={fixedRow ? 'app-header app-header-fixed-row' : 'app-header'}>
        <h1 className="app-title">CMEP</h1>
        <nav className="app-nav">
          <NavLink to="/app" end className={navLinkClass}>
            Inicio
          </NavLink>
          <NavLink to="/app/solicitudes" className={navLinkClass}>
            Solicitudes
          </NavLink>
          <NavLink to="/app/promotores" className={navLinkClass}>
            Promotores
          </NavLink>
          {isAdmin && (
            <NavLink to="/app/usuarios" className={navLinkClass}>
              Usuarios
            </NavLink>
          )}
          {isAdmin && (
            <NavLink to="/app/reportes-admin" className={navLinkClass}>
              Reportes
            </NavLink>
          )}
        </nav>
        <div className="app-user">
          <span className="user-badge">
            {user?.display_name} — {user?.roles.join(', ')}
          </span>
          <button type="button" className="btn btn-secondary" onClick={handleLogout}>
            Salir
          </button>
        </div>
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
