// Routes as the real app declares them (contract §6.2).
import { Navigate, Route, Routes } from 'react-router-dom';
import { useAuth } from './auth/AuthContext.tsx';
import { AppLayout } from './components/AppLayout.tsx';
import { Inicio } from './pages/Inicio.tsx';
import { Login } from './pages/Login.tsx';
import { PromotoresLista } from './pages/PromotoresLista.tsx';
import { ReportesAdmin } from './pages/reportes/ReportesAdmin.tsx';
import { SolicitudDetalle } from './pages/solicitud/SolicitudDetalle.tsx';
import { SolicitudesLista } from './pages/SolicitudesLista.tsx';
import { SolicitudNueva } from './pages/SolicitudNueva.tsx';
import { Status } from './pages/Status.tsx';
import { UsuariosLista } from './pages/usuarios/UsuariosLista.tsx';

export function App() {
  const { user, loading } = useAuth();
  if (loading) return <p style={{ padding: 16 }}>Cargando...</p>;

  return (
    <Routes>
      <Route path="/" element={<Navigate to={user ? '/app' : '/login'} replace />} />
      <Route path="/login" element={user ? <Navigate to="/app" replace /> : <Login />} />
      <Route path="/status" element={<Status />} />
      <Route path="/app" element={user ? <AppLayout /> : <Navigate to="/login" replace />}>
        <Route index element={<Inicio />} />
        <Route path="solicitudes" element={<SolicitudesLista />} />
        <Route path="solicitudes/nueva" element={<SolicitudNueva />} />
        <Route path="solicitudes/:id" element={<SolicitudDetalle />} />
        <Route path="promotores" element={<PromotoresLista />} />
        <Route path="usuarios" element={<UsuariosLista />} />
        <Route path="reportes-admin" element={<ReportesAdmin />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
